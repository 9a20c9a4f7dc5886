package io.leadbridge.core.testing;

import io.leadbridge.core.company.CompanySnapshot;
import io.leadbridge.core.company.CompanySnapshotStore;
import io.leadbridge.core.model.ExternalRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link CompanySnapshotStore} in a map, never moving a record's {@code changedAt} backwards. Thread-safe. */
public final class InMemoryCompanySnapshotStore implements CompanySnapshotStore {

    private final Map<ExternalRef, CompanySnapshot> snapshots = new HashMap<>();

    @Override
    public synchronized Optional<CompanySnapshot> find(ExternalRef ref) {
        return Optional.ofNullable(snapshots.get(ref));
    }

    @Override
    public synchronized boolean remember(CompanySnapshot snapshot) {
        CompanySnapshot stored = snapshots.get(snapshot.ref());
        if (stored != null && stored.changedAt().isAfter(snapshot.changedAt())) {
            return false;
        }
        snapshots.put(snapshot.ref(), snapshot);
        return true;
    }
}
