package io.leadbridge.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.engine.ChangeIngestor.PollReport;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.StreamId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.SimpleTriggerContext;

class BacklogTriggerTest {

    private static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");
    private static final Duration INTERVAL = Duration.ofSeconds(15);
    private static final Instant STARTED = Instant.parse("2026-11-27T09:00:00Z");
    private static final Instant ENDED = Instant.parse("2026-11-27T09:00:26Z");

    private final Deque<Supplier<PollReport>> polls = new ArrayDeque<>();
    private final BacklogPoll backlog = new BacklogPoll(() -> polls.pop().get());
    private final BacklogTrigger trigger = new BacklogTrigger(backlog, INTERVAL);

    @Test
    void theFirstCycleStartsAtOnce() {
        SimpleTriggerContext neverRun = new SimpleTriggerContext(Clock.fixed(STARTED, ZoneOffset.UTC));

        assertThat(trigger.nextExecution(neverRun)).isEqualTo(STARTED);
    }

    @Test
    void aCycleCutShortWithMoreWaitingIsFollowedByTheNextAtOnce() {
        polls.add(() -> report(true));
        backlog.get();

        assertThat(trigger.nextExecution(endedAt(ENDED))).isEqualTo(ENDED);
    }

    @Test
    void aCycleThatCaughtUpWaitsTheInterval() {
        polls.add(() -> report(true));
        polls.add(() -> report(false));
        backlog.get();
        backlog.get();
        assertThat(backlog.get()).as("the cycle ends").isNull();

        assertThat(trigger.nextExecution(endedAt(ENDED))).isEqualTo(ENDED.plus(INTERVAL));
    }

    @Test
    void aCycleWhosePollFailedWaitsTheInterval() {
        polls.add(() -> report(true));
        polls.add(() -> {
            throw new IllegalStateException("HubSpot answered 502");
        });
        backlog.get();
        assertThatThrownBy(backlog::get).isInstanceOf(IllegalStateException.class);

        assertThat(trigger.nextExecution(endedAt(ENDED))).isEqualTo(ENDED.plus(INTERVAL));
    }

    private static PollReport report(boolean more) {
        return new PollReport(CONTACTS, 1000, 1000, more);
    }

    private static SimpleTriggerContext endedAt(Instant completion) {
        return new SimpleTriggerContext(STARTED, STARTED, completion);
    }
}
