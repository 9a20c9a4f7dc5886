package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.identity.PeopleLookup;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.salesforce.mapping.SObjectValues;
import io.leadbridge.salesforce.soql.LookupQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Salesforce people by email for identity resolution: Leads and Contacts with that email (one SOQL query each, at
 * most 10 rows), each with its {@code SystemModstamp} as last-modified time; a converted Lead names the Contact it
 * became ({@link PersonCandidate#convertedTo()}).
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
