package io.leadbridge.core.testing;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.AppliedVersionStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link AppliedVersionStore} in memory; a version never moves backwards. Thread-safe. */
public final class InMemoryAppliedVersionStore implements AppliedVersionStore {

    private final Map<ExternalRef, Instant> versions = new HashMap<>();

    @Override
    public synchronized Optional<Instant> lastApplied(ExternalRef source) {
        return Optional.ofNullable(versions.get(Objects.requireNonNull(source, "source")));
    }

    @Override
    public synchronized void record(ExternalRef source, Instant modifiedAt) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        versions.merge(source, modifiedAt, (current, offered) -> offered.isAfter(current) ? offered : current);
    }

    public synchronized Map<ExternalRef, Instant> all() {
        return Map.copyOf(versions);
    }
}
