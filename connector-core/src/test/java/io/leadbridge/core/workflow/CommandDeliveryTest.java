package io.leadbridge.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.CommandDelivery.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1));
    private static final WorkflowCommand NOTE = new WorkflowCommand.WriteNote(PersonId.newId(), "Handoff", "BANT");

    private final List<String> carried = new ArrayList<>();
    private Optional<SyncFailure> failWith = Optional.empty();
    private final CommandDelivery delivery = new CommandDelivery((key, command) -> {
        failWith.ifPresent(failure -> {
            throw new SyncFailureException(failure);
        });
        carried.add(key);
    }, RETRY);

    @Test
    void aCarriedCommandIsDone() {
        assertThat(delivery.deliver("lb1-a", NOTE, 0, NOW)).isEqualTo(new Outcome.Done());
        assertThat(carried).containsExactly("lb1-a");
    }

    @Test
    void aRetriableFailureIsTriedAgainWithBackoffUntilTheAttemptsRunOutAndThenParked() {
        SyncFailure timeout = new SyncFailure.Retriable("TIMEOUT", "Salesforce did not answer", "");
        failWith = Optional.of(timeout);

        assertThat(delivery.deliver("lb1-a", NOTE, 0, NOW))
                .isEqualTo(new Outcome.RetryLater(NOW.plusSeconds(10), 1, timeout));
        assertThat(delivery.deliver("lb1-a", NOTE, 1, NOW))
                .isEqualTo(new Outcome.RetryLater(NOW.plusSeconds(20), 2, timeout));
        assertThat(delivery.deliver("lb1-a", NOTE, 2, NOW)).isEqualTo(new Outcome.Parked(3, timeout));
    }

    @Test
    void aRateLimitWaitsForTheCrmsRetryAfterWithoutUsingUpAnAttempt() {
        SyncFailure limited = new SyncFailure.RateLimited("429", "daily limit", "", Duration.ofMinutes(5));
        failWith = Optional.of(limited);

        assertThat(delivery.deliver("lb1-a", NOTE, 2, NOW))
                .isEqualTo(new Outcome.RetryLater(NOW.plus(Duration.ofMinutes(5)), 2, limited));
    }

    @Test
    void aRefusedCommandIsParkedAtOnce() {
        SyncFailure refused = new SyncFailure.Permanent("OWNER_NOT_FOUND", "no active User", "", List.of("OwnerId"));
        failWith = Optional.of(refused);

        assertThat(delivery.deliver("lb1-a", NOTE, 0, NOW)).isEqualTo(new Outcome.Parked(1, refused));
        assertThat(carried).isEmpty();
    }
}
