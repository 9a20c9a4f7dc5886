package io.leadbridge.core.touch;

import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;

/**
 * One CRM's touches of one kind (HubSpot emails, Salesforce Tasks, ...), read incrementally under a watermark,
 * oldest first. Rereading a touch is harmless: the {@link TouchInbox} keeps each touch once.
 *
 * <p>A failed read throws {@link io.leadbridge.core.failure.SyncFailureException}; nothing is then stored and the
 * watermark stays where it was.
 */
public interface TouchFeed {

    StreamId stream();

    /**
     * @param since the stream's watermark ({@link Watermark#BEGINNING} for a new stream)
     * @param max   the most touches to return
     */
    TouchPage read(Watermark since, int max);
}
