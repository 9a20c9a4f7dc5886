package io.leadbridge.core.testing;

import io.leadbridge.core.company.AccountCandidate;
import io.leadbridge.core.company.AccountLookup;
import io.leadbridge.core.model.CrmSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link AccountLookup} over company records a test adds; counts lookups. Thread-safe. */
public final class InMemoryAccountLookup implements AccountLookup {

    private final CrmSystem system;
    private final List<AccountCandidate> accounts = new ArrayList<>();
    private final List<String> lookups = new ArrayList<>();

    public InMemoryAccountLookup(CrmSystem system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    @Override
    public CrmSystem system() {
        return system;
    }

    public synchronized InMemoryAccountLookup add(AccountCandidate account) {
        if (account.ref().system() != system) {
            throw new IllegalArgumentException(account.ref() + " is not a " + system + " record");
        }
        accounts.add(account);
        return this;
    }

    @Override
    public synchronized List<AccountCandidate> findByDomain(String normalisedDomain) {
        lookups.add(Objects.requireNonNull(normalisedDomain, "normalisedDomain"));
        return accounts.stream().filter(a -> a.domain().equals(normalisedDomain)).toList();
    }

    /** The domains looked up so far, in order. */
    public synchronized List<String> lookups() {
        return List.copyOf(lookups);
    }
}
