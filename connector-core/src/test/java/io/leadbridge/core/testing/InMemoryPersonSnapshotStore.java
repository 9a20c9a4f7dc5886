package io.leadbridge.core.testing;

import io.leadbridge.core.conflict.PersonSnapshot;
import io.leadbridge.core.conflict.PersonSnapshotStore;
import io.leadbridge.core.model.ExternalRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link PersonSnapshotStore} in memory; a record's {@code changedAt} never moves backwards. Thread-safe. */
public final class InMemoryPersonSnapshotStore implements PersonSnapshotStore {

    private final Map<ExternalRef, PersonSnapshot> snapshots = new HashMap<>();

    @Override
    public synchronized Optional<PersonSnapshot> find(ExternalRef ref) {
        return Optional.ofNullable(snapshots.get(Objects.requireNonNull(ref, "ref")));
    }

    @Override
    public synchronized boolean remember(PersonSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        PersonSnapshot stored = snapshots.get(snapshot.ref());
        if (stored != null && stored.changedAt().isAfter(snapshot.changedAt())) {
            return false;
        }
        snapshots.put(snapshot.ref(), snapshot);
        return true;
    }

    public synchronized int size() {
        return snapshots.size();
    }
}
