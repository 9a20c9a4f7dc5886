package io.leadbridge.core.port;

import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.util.Optional;

/**
 * Committed stream positions. A watermark is committed only once every change up to it has been written
 * to the other CRM or parked in the error queue, so a restart resumes without losing a change.
 *
 * <p>Safe for concurrent use; {@link #commit} never moves a watermark backwards.
 */
public interface WatermarkStore {

    Optional<Watermark> load(StreamId stream);

    /** Stores {@code mark} if it is after the stored one; returns whether it moved. */
    boolean commit(StreamId stream, Watermark mark);
}
