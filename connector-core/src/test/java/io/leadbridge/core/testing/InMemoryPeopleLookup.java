package io.leadbridge.core.testing;

import io.leadbridge.core.identity.PeopleLookup;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link PeopleLookup} over records a test adds with their email; counts lookups. Thread-safe. */
public final class InMemoryPeopleLookup implements PeopleLookup {

    private record Entry(String email, PersonCandidate candidate) {
    }

    private final CrmSystem system;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> lookups = new ArrayList<>();

    public InMemoryPeopleLookup(CrmSystem system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    @Override
    public CrmSystem system() {
        return system;
    }

    /** A record holding {@code email}, as the CRM stores it (any case or spacing). */
    public synchronized InMemoryPeopleLookup add(String email, PersonCandidate candidate) {
        if (candidate.ref().system() != system) {
            throw new IllegalArgumentException(candidate.ref() + " is not a " + system + " record");
        }
        entries.add(new Entry(EmailAddress.normalise(email), candidate));
        return this;
    }

    @Override
    public synchronized List<PersonCandidate> findByEmail(String normalisedEmail) {
        lookups.add(Objects.requireNonNull(normalisedEmail, "normalisedEmail"));
        return entries.stream().filter(e -> e.email().equals(normalisedEmail)).map(Entry::candidate).toList();
    }

    /** The emails looked up so far, in order. */
    public synchronized List<String> lookups() {
        return List.copyOf(lookups);
    }
}
