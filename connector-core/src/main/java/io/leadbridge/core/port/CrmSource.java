package io.leadbridge.core.port;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.util.Objects;
import java.util.Set;

/**
 * Reads changes from one CRM, incrementally.
 *
 * <p><b>Ordering:</b> events come in {@link Watermark} order (modified time, then record id) and every
 * event is strictly after {@code since}. A record changed again while being read may appear once per
 * version; consumers deduplicate with {@link io.leadbridge.core.sync.ChangeEvent#dedupKey()}.
 *
 * <p><b>Threading:</b> implementations are safe to call from several threads; they apply the vendor's
 * rate limits themselves. <b>Side effects:</b> none besides API calls; a read may be repeated freely.
 *
 * <p><b>Failures:</b> a failed read throws {@link io.leadbridge.core.failure.SyncFailureException} with a
 * classified failure; nothing is returned partially.
 */
public interface CrmSource {

    CrmSystem system();

    /** The streams this source can read, e.g. {@code hubspot.contacts}. */
    Set<StreamId> streams();

    /**
     * Reads the next changes after {@code since}.
     *
     * @param since    never null; {@link Watermark#BEGINNING} for a stream with no history
     * @param maxItems an upper bound on the events returned; the source may return fewer
     * @throws IllegalArgumentException if {@code stream} is not one of {@link #streams()}
     */
    ChangePage readChanges(StreamId stream, Watermark since, int maxItems);

    /**
     * The argument checks of {@link #readChanges}, for implementations to call first.
     *
     * @throws IllegalArgumentException if {@code stream} is not one of {@link #streams()} or {@code maxItems} is
     *                                  below 1
     */
    default void checkRead(StreamId stream, Watermark since, int maxItems) {
        if (!streams().contains(stream)) {
            throw new IllegalArgumentException(system() + " source " + streams() + " cannot read stream " + stream);
        }
        Objects.requireNonNull(since, "since");
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, was " + maxItems);
        }
    }
}
