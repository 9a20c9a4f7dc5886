package io.leadbridge.app.flow;

import io.leadbridge.core.touch.TouchDrain;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the touch inbox right after the touch poller (ADR 0028) or a Task/Event outbound message (ADR 0029)
 * stored new touches, so a touch is mirrored as soon as it is read instead of waiting for the drain's timer. It drains batch after batch until it has taken as many
 * touches as were stored or a batch came back short; the timer-driven drain still runs for retries and for touches
 * that wait for their person.
 */
final class TouchDrainNow {

    private static final Logger log = LoggerFactory.getLogger(TouchDrainNow.class);

    private final TouchDrain drain;
    private final int batchSize;

    TouchDrainNow(TouchDrain drain, int batchSize) {
        this.drain = Objects.requireNonNull(drain, "drain");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.batchSize = batchSize;
    }

    /** Drains after {@code stored} new touches were stored; a failure is logged, the timer's drain retries. */
    void afterStored(int stored) {
        int left = stored;
        try {
            while (left > 0) {
                TouchDrain.Report report = drain.drain(batchSize);
                if (report.taken() > 0) {
                    log.info("Touch drain: {}", report);
                }
                left -= report.taken();
                if (report.taken() < batchSize) {
                    return;
                }
            }
        } catch (RuntimeException failed) {
            log.warn("Touch drain right after an intake failed: {}", failed.getMessage());
        }
    }
}
