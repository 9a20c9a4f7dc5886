package io.leadbridge.core.twoway;

import io.leadbridge.core.conflict.PersonSnapshot;
import io.leadbridge.core.echo.EchoCheck;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.status.StatusDecision;
import io.leadbridge.core.sync.SyncPlan;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan for one incoming change in two-way sync, with what must be remembered once it is settled.
 *
 * @param source   the record the change came from
 * @param plan     the field-by-field decisions, each with its reason
 * @param echo     true when the change carried nothing of its own: only our writes coming back, or no change at all
 * @param snapshot the source record's state to remember when the change is settled
 * @param echoes   what echo suppression found, to settle its memory
 * @param status   what the funnel-status table made of the record's own status change, when it had one; its
 *                 values to write are already among the plan's decisions
 */
public record TwoWayPlan(ExternalRef source, SyncPlan plan, boolean echo, PersonSnapshot snapshot, EchoCheck echoes,
                         Optional<StatusDecision> status) {

    public TwoWayPlan(ExternalRef source, SyncPlan plan, boolean echo, PersonSnapshot snapshot, EchoCheck echoes) {
        this(source, plan, echo, snapshot, echoes, Optional.empty());
    }

    public TwoWayPlan {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(echoes, "echoes");
        Objects.requireNonNull(status, "status");
        if (echo && !plan.writesNothing()) {
            throw new IllegalArgumentException("an echo plans no write");
        }
    }

    public boolean writesNothing() {
        return plan.writesNothing();
    }
}
