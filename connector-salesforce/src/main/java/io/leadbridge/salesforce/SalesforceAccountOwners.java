package io.leadbridge.salesforce;

import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.core.triage.AccountOwners;
import io.leadbridge.salesforce.soap.Lookups;
import java.util.Objects;
import java.util.Optional;

/**
 * The owner of the Salesforce Account whose Website has a domain: a {@code LIKE} query narrows the Accounts, then
 * each Website's domain is compared exactly ({@link CompanyDomains#fromWebsite}); the most recently modified
 * match counts.
 */
public final class SalesforceAccountOwners implements AccountOwners {

    private final Lookups lookups;

    public SalesforceAccountOwners(Lookups lookups) {
        this.lookups = Objects.requireNonNull(lookups, "lookups");
    }

    @Override
    public Optional<String> ownerOf(String domain) {
        return lookups.accountsByWebsite(domain).stream()
                .filter(account -> account.company().domain().filter(domain::equals).isPresent())
                .findFirst().flatMap(SalesforceAccount::ownerEmail);
    }
}
