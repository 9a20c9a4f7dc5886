package io.leadbridge.salesforce.soap;

import io.leadbridge.core.company.AccountCandidate;
import io.leadbridge.core.company.AccountLookup;
import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.salesforce.mapping.AccountRecordMapper;
import io.leadbridge.salesforce.mapping.SObjectValues;
import io.leadbridge.salesforce.soql.LookupQueries;
import java.util.List;

/**
 * Salesforce Accounts by domain for company matching: one SOQL query for Accounts whose {@code Website} contains
 * the domain (up to 50), kept when the website normalises to exactly that domain ({@code www.acme.example/about}
 * matches {@code acme.example}; {@code notacme.example} does not).
 */
public final class SalesforceAccountLookup implements AccountLookup {

    private static final int MAX_ROWS = 50;

    private final QueryRunner queries;

    public SalesforceAccountLookup(SalesforceSession session) {
        this.queries = new QueryRunner(session);
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public List<AccountCandidate> findByDomain(String normalisedDomain) {
        return queries.query(LookupQueries.accountsWithWebsiteContaining(normalisedDomain), MAX_ROWS).stream()
                .filter(a -> SObjectValues.text(a, "Website").flatMap(CompanyDomains::fromWebsite)
                        .filter(normalisedDomain::equals).isPresent())
                .map(a -> new AccountCandidate(AccountRecordMapper.ref(a.getId()), normalisedDomain,
                        SObjectValues.instant(a, "SystemModstamp")))
                .toList();
    }
}
