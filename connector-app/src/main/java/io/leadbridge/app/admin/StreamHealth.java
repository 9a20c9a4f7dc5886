package io.leadbridge.app.admin;

import java.time.Instant;
import java.util.Optional;

/**
 * How one read stream is doing.
 *
 * @param stream   the stream key, e.g. {@code hubspot.contacts}
 * @param lastPoll when this instance last finished polling it (empty on an instance that is not the poller leader)
 * @param settledThrough the committed watermark: every change up to this modification time is settled
 * @param lagSeconds now minus {@code settledThrough}, in seconds: how far behind the CRM the settled position is
 * @param read     changes read from the CRM since this instance started
 * @param pending  stored changes not settled yet
 * @param settled  stored changes written or found already applied
 * @param parked   stored changes that went to the error queue
 */
public record StreamHealth(String stream, Optional<Instant> lastPoll, Optional<Instant> settledThrough,
                           Optional<Long> lagSeconds, long read, long pending, long settled, long parked) {
}
