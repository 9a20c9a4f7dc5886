package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.salesforce.SalesforceAccount;
import io.leadbridge.salesforce.mapping.RecordMappers;
import io.leadbridge.salesforce.soql.LookupQueries;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds records by value: Leads and Contacts by email (identity resolution), Accounts by name (lead-to-account),
 * the owner by email. Values reach SOQL only through {@link LookupQueries}, which escapes them.
 */
public final class Lookups {

    private final QueryRunner queries;

    public Lookups(SalesforceSession session) {
        this.queries = new QueryRunner(session);
    }

    public List<ExternalRef> leadsByEmail(String email) {
        return refs("Lead", LookupQueries.leadsByEmail(requireText(email, "email")));
    }

    public List<ExternalRef> contactsByEmail(String email) {
        return refs("Contact", LookupQueries.contactsByEmail(requireText(email, "email")));
    }

    /** For people without an email: unconverted Leads with this name at this company. */
    public List<ExternalRef> leadsByNameAndCompany(String firstName, String lastName, String company) {
        return refs("Lead", LookupQueries.leadsByNameAndCompany(requireText(firstName, "firstName"),
                requireText(lastName, "lastName"), requireText(company, "company")));
    }

    public List<ExternalRef> accountsNamedLike(String company) {
        return refs("Account", LookupQueries.accountsNamedLike(requireText(company, "company")));
    }

    /** The id of the one active user with this email; empty when there is none or more than one. */
    public Optional<ExternalRef> ownerByEmail(String email) {
        List<ExternalRef> users = refs("User", LookupQueries.activeUserByEmail(requireText(email, "email")));
        return users.size() == 1 ? Optional.of(users.get(0)) : Optional.empty();
    }

    /** Accounts whose Website contains {@code domain} (callers compare the exact domain), newest first. */
    public List<SalesforceAccount> accountsByWebsite(String domain) {
        return queries.query(LookupQueries.accountsWithWebsiteContaining(requireText(domain, "domain"),
                RecordMappers.ACCOUNT_FIELDS), 20).stream().map(RecordMappers::account).toList();
    }

    private List<ExternalRef> refs(String objectType, String soql) {
        return queries.query(soql, 10).stream().map(SObject::getId)
                .map(id -> new ExternalRef(CrmSystem.SALESFORCE, objectType, id)).toList();
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
