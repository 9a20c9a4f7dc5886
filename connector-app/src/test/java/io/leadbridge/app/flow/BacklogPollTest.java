package io.leadbridge.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.engine.ChangeIngestor.PollReport;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.StreamId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacklogPollTest {

    private static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");

    private final Deque<Boolean> moreAfterEachPoll = new ArrayDeque<>(List.of(true, true, false, false));
    private int polls;
    private final BacklogPoll backlog = new BacklogPoll(() -> {
        polls++;
        return new PollReport(CONTACTS, 1000, 1000, moreAfterEachPoll.pop());
    });

    @Test
    void pollsAgainAtOnceWhileTheStreamHasMoreAndEndsTheCycleOnceCaughtUp() {
        assertThat(backlog.get().more()).isTrue();
        assertThat(backlog.get().more()).isTrue();
        assertThat(backlog.get().more()).as("the third poll catches up").isFalse();
        assertThat(backlog.get()).as("the cycle ends").isNull();
        assertThat(polls).isEqualTo(3);
    }

    @Test
    void theNextCyclePollsAgain() {
        backlog.get();
        backlog.get();
        backlog.get();
        backlog.get();

        assertThat(backlog.get()).isNotNull();
        assertThat(polls).isEqualTo(4);
    }
}
