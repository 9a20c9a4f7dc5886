package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.identity.PeopleLookup;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.salesforce.mapping.SObjectValues;
import io.leadbridge.salesforce.soql.LookupQueries;
import io.leadbridge.core.model.EmailAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Salesforce people by email for identity resolution: Leads and Contacts with that email (one SOQL query each, at
 * most 10 rows), each with its {@code SystemModstamp} as last-modified time; a converted Lead names the Contact it
 * became ({@link PersonCandidate#convertedTo()}). A batch of emails costs two queries per
 * {@link LookupQueries#inListChunks chunk} ({@code Email IN (...)}, up to 200 emails), each email keeping the same
 * 10 most recently modified Leads and Contacts a query of its own would; an email too long for a list is queried on
 * its own.
 */
public final class SalesforcePeopleLookup implements PeopleLookup {

    private static final int MAX_ROWS = 10;

    private final QueryRunner queries;

    public SalesforcePeopleLookup(SalesforceSession session) {
        this.queries = new QueryRunner(session);
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public List<PersonCandidate> findByEmail(String normalisedEmail) {
        List<PersonCandidate> found = new ArrayList<>();
        queries.query(LookupQueries.leadsByEmailWithConversion(normalisedEmail), MAX_ROWS).forEach(r -> found.add(lead(r)));
        queries.query(LookupQueries.contactsByEmail(normalisedEmail), MAX_ROWS)
                .forEach(r -> found.add(candidate("Contact", r)));
        return List.copyOf(found);
    }

    @Override
    public Map<String, List<PersonCandidate>> findByEmails(Set<String> normalisedEmails) {
        Map<String, List<PersonCandidate>> leads = new LinkedHashMap<>();
        Map<String, List<PersonCandidate>> contacts = new LinkedHashMap<>();
        List<String> listed = normalisedEmails.stream().filter(LookupQueries::fitsInList).toList();
        for (List<String> chunk : LookupQueries.inListChunks(listed)) {
            queries.query(LookupQueries.leadsByEmailsWithConversion(chunk), Integer.MAX_VALUE)
                    .forEach(r -> byEmail(leads, r).add(lead(r)));
            queries.query(LookupQueries.contactsByEmails(chunk), Integer.MAX_VALUE)
                    .forEach(r -> byEmail(contacts, r).add(candidate("Contact", r)));
        }
        Map<String, List<PersonCandidate>> found = new LinkedHashMap<>();
        for (String email : normalisedEmails) {
            if (!LookupQueries.fitsInList(email)) {
                found.put(email, findByEmail(email));
                continue;
            }
            List<PersonCandidate> matches = new ArrayList<>(newest(leads.getOrDefault(email, List.of())));
            matches.addAll(newest(contacts.getOrDefault(email, List.of())));
            found.put(email, List.copyOf(matches));
        }
        return found;
    }

    private static List<PersonCandidate> byEmail(Map<String, List<PersonCandidate>> found, SObject record) {
        String email = SObjectValues.text(record, "Email").map(EmailAddress::normalise).orElse("");
        return found.computeIfAbsent(email, e -> new ArrayList<>());
    }

    /** The {@value #MAX_ROWS} most recently modified, lowest id first among equals, as a query per email orders. */
    private static List<PersonCandidate> newest(List<PersonCandidate> candidates) {
        return candidates.stream().sorted(Comparator.comparing(PersonCandidate::lastModifiedAt).reversed()
                .thenComparing(c -> c.ref().id())).limit(MAX_ROWS).toList();
    }

    private static PersonCandidate lead(SObject record) {
        PersonCandidate lead = candidate("Lead", record);
        Optional<ExternalRef> contact = SObjectValues.bool(record, "IsConverted")
                ? SObjectValues.text(record, "ConvertedContactId").map(id -> new ExternalRef(CrmSystem.SALESFORCE,
                        "Contact", id))
                : Optional.empty();
        return new PersonCandidate(lead.ref(), lead.lastModifiedAt(), contact);
    }

    private static PersonCandidate candidate(String objectType, SObject record) {
        return PersonCandidate.of(new ExternalRef(CrmSystem.SALESFORCE, objectType, record.getId()),
                SObjectValues.instant(record, "SystemModstamp"));
    }
}
