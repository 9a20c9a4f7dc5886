package io.leadbridge.sandbox.salesforce.store;

import java.time.Instant;
import java.util.List;

/**
 * What {@code getUpdated}/{@code getDeleted} return for a window: ids (updated) or deletions, the latest date
 * covered and, for deletions, the earliest date still available.
 */
public record ReplicationWindow(List<String> ids, List<DeletedRecord> deleted, Instant earliestDateAvailable,
                                Instant latestDateCovered) {

    public ReplicationWindow {
        ids = List.copyOf(ids);
        deleted = List.copyOf(deleted);
    }
}
