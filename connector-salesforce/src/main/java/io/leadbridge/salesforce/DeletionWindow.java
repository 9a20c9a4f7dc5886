package io.leadbridge.salesforce;

import io.leadbridge.core.sync.ChangeEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@code getDeleted} reported for one time window.
 *
 * @param deletions             one delete event per deleted record, in any order
 * @param earliestDateAvailable the oldest deletion Salesforce still remembers; a watermark older than this
 *                              has a gap that {@code getDeleted} cannot fill
 * @param latestDateCovered     every deletion up to this time is included (it may lag the requested end)
 */
public record DeletionWindow(List<ChangeEvent> deletions, Instant earliestDateAvailable, Instant latestDateCovered) {

    public DeletionWindow {
        deletions = List.copyOf(deletions);
        Objects.requireNonNull(earliestDateAvailable, "earliestDateAvailable");
        Objects.requireNonNull(latestDateCovered, "latestDateCovered");
    }
}
