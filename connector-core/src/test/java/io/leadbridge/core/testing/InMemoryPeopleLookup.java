package io.leadbridge.core.testing;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.identity.PeopleLookup;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PeopleLookup} over records a test adds with their email; counts lookups, one email at a time and batched.
 * A test can make batched lookups fail. Thread-safe.
 */
public final class InMemoryPeopleLookup implements PeopleLookup {

    private record Entry(String email, PersonCandidate candidate) {
    }

    private final CrmSystem system;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> lookups = new ArrayList<>();
    private final List<String> singles = new ArrayList<>();
    private final List<Set<String>> batches = new ArrayList<>();
    private Optional<SyncFailure> batchFailure = Optional.empty();

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
        singles.add(normalisedEmail);
        return entries.stream().filter(e -> e.email().equals(normalisedEmail)).map(Entry::candidate).toList();
    }

    /** Every email of a batch is looked up as {@link #findByEmail} would, in one recorded batch. */
    @Override
    public synchronized Map<String, List<PersonCandidate>> findByEmails(Set<String> normalisedEmails) {
        batches.add(Set.copyOf(normalisedEmails));
        lookups.addAll(normalisedEmails);
        if (batchFailure.isPresent()) {
            throw new SyncFailureException(batchFailure.get());
        }
        Map<String, List<PersonCandidate>> found = new LinkedHashMap<>();
        normalisedEmails.forEach(email -> found.put(email, entries.stream().filter(e -> e.email().equals(email))
                .map(Entry::candidate).toList()));
        return found;
    }

    /** From now on batched lookups fail with {@code failure}; single lookups still answer. */
    public synchronized InMemoryPeopleLookup failBatches(SyncFailure failure) {
        batchFailure = Optional.of(failure);
        return this;
    }

    /** The email sets looked up in batches so far, in order. */
    public synchronized List<Set<String>> batches() {
        return List.copyOf(batches);
    }

    /** The emails looked up so far, one at a time or in batches, in order. */
    public synchronized List<String> lookups() {
        return List.copyOf(lookups);
    }

    /** The emails looked up one at a time so far, in order. */
    public synchronized List<String> singleLookups() {
        return List.copyOf(singles);
    }
}
