package io.leadbridge.core.workflow.metrics;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.sla.SlaEvent;
import java.time.Instant;
import java.util.List;

/**
 * The durable record of funnel moves and SLA outcomes the funnel metrics are computed from. Append-only; entries
 * are durable when a {@code record} method returns. Safe for concurrent use.
 */
public interface FunnelLedger {

    void record(PersonTransition transition);

    void record(SlaEvent event);

    /** Moves at or after {@code since}, oldest first. */
    List<PersonTransition> transitionsSince(Instant since);

    /** SLA outcomes at or after {@code since}, oldest first. */
    List<SlaEvent> slaEventsSince(Instant since);

    /** Every move of one person, oldest first. */
    List<PersonTransition> transitionsOf(PersonId person);
}
