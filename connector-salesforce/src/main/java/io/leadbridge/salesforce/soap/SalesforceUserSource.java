package io.leadbridge.salesforce.soap;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.owner.OwnerSource;
import io.leadbridge.salesforce.mapping.SObjectValues;
import java.util.HashMap;
import java.util.Map;

/** Every active Salesforce User with an email, by one SOQL query in Id order (the lowest Id wins a shared email). */
public final class SalesforceUserSource implements OwnerSource {

    static final String ACTIVE_USERS = "SELECT Id, Email FROM User WHERE IsActive = true ORDER BY Id";

    private final QueryRunner queries;

    public SalesforceUserSource(SalesforceSession session) {
        this.queries = new QueryRunner(session);
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public Map<String, String> activeOwnerIdsByEmail() {
        Map<String, String> users = new HashMap<>();
        queries.query(ACTIVE_USERS, Integer.MAX_VALUE).forEach(user -> SObjectValues.text(user, "Email")
                .ifPresent(email -> users.putIfAbsent(EmailAddress.normalise(email), user.getId())));
        return users;
    }
}
