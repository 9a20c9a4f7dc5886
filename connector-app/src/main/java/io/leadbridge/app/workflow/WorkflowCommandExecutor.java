package io.leadbridge.app.workflow;

import io.leadbridge.app.workflow.JdbcWorkflowCommandOutbox.StoredCommand;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.workflow.CommandDelivery;
import io.leadbridge.core.workflow.CommandDelivery.Outcome;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the workflow command executor: takes the due commands from the outbox, delivers each through
 * {@link CommandDelivery} and records what became of it (done, retried later, parked). Runs on the poller leader
 * only, so no two instances deliver the same command; a command marked done is never delivered again.
 */
public class WorkflowCommandExecutor {

    private static final Logger log = LoggerFactory.getLogger(WorkflowCommandExecutor.class);

    private final JdbcWorkflowCommandOutbox outbox;
    private final CommandDelivery delivery;
    private final Clock clock;

    public WorkflowCommandExecutor(JdbcWorkflowCommandOutbox outbox, CommandDelivery delivery, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Delivers up to {@code limit} due commands. */
    public Report run(int limit) {
        int done = 0;
        int retrying = 0;
        int parked = 0;
        for (StoredCommand stored : outbox.due(limit)) {
            Instant now = clock.instant();
            String type = stored.command().getClass().getSimpleName();
            Outcome outcome = delivery.deliver(IdempotencyKeys.workflowCommandOf(stored.batchKey(), stored.position()),
                    stored.command(), stored.attempts(), now);
            if (outcome instanceof Outcome.RetryLater later) {
                retrying++;
                outbox.retryLater(stored.batchKey(), stored.position(), later.at(), later.attempts(), later.failure());
                log.warn("Workflow command {} for person {} failed ({}); tried again at {}", type,
                        stored.command().person(), later.failure().code(), later.at());
            } else if (outcome instanceof Outcome.Parked refused) {
                parked++;
                outbox.park(stored.batchKey(), stored.position(), refused.attempts(), refused.failure());
                log.warn("Workflow command {} for person {} parked for an admin ({}: {})", type,
                        stored.command().person(), refused.failure().code(), refused.failure().message());
            } else {
                done++;
                outbox.done(stored.batchKey(), stored.position());
            }
        }
        return new Report(done, retrying, parked);
    }

    /** What one run did. */
    public record Report(int done, int retrying, int parked) {

        public boolean idle() {
            return done + retrying + parked == 0;
        }
    }
}
