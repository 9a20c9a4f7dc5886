package io.leadbridge.core.workflow.sla;

import java.time.Instant;

/** An SLA clock that {@link TimerStore#stop} stopped: when it started, for whom, and whether its breach had fired. */
public record StoppedClock(Instant startedAt, String ownerEmail, boolean breached) {
}
