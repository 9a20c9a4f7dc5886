package io.leadbridge.core.touch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.testing.InMemoryTouchInbox;
import io.leadbridge.core.testing.InMemoryWatermarkStore;
import io.leadbridge.core.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchIntakeTest {

    private static final StreamId TASKS = new StreamId(CrmSystem.SALESFORCE, "tasks");
    private static final ExternalRef LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000KimAAA");
    private static final Instant AT = Instant.parse("2026-11-25T09:14:03Z");

    private final InMemoryTouchInbox inbox = new InMemoryTouchInbox();
    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private final TouchIntake intake = new TouchIntake(inbox, watermarks, MutableClock.startingAt(AT), 2, 3);
    private final ScriptedFeed feed = new ScriptedFeed();

    @Test
    void pagesAreStoredBeforeTheWatermarkMovesAndATouchOnNobodyIsNotKept() {
        feed.pages.add(new TouchPage(List.of(task("00T1", List.of(LEAD)), task("00T2", List.of())), mark(2), true));
        feed.pages.add(new TouchPage(List.of(task("00T3", List.of(LEAD))), mark(3), false));

        assertThat(intake.poll(feed)).isEqualTo(2);

        assertThat(inbox.pendingCount()).isEqualTo(2);
        assertThat(inbox.row(ref("00T2"))).as("on no Lead or Contact").isNull();
        assertThat(watermarks.load(TASKS)).contains(mark(3));
        assertThat(feed.reads).containsExactly(Watermark.BEGINNING, mark(2));
    }

    @Test
    void aTouchReadAgainIsStoredOnceAndAFailedReadKeepsTheWatermark() {
        feed.pages.add(new TouchPage(List.of(task("00T1", List.of(LEAD))), mark(1), false));
        feed.pages.add(new TouchPage(List.of(task("00T1", List.of(LEAD))), mark(1), false));
        intake.poll(feed);

        assertThat(intake.poll(feed)).isZero();
        assertThat(inbox.pendingCount()).isEqualTo(1);

        feed.failure = new SyncFailureException(new SyncFailure.Retriable("500", "down", ""));
        assertThatThrownBy(() -> intake.poll(feed)).isSameAs(feed.failure);
        assertThat(watermarks.load(TASKS)).contains(mark(1));
    }

    private static Watermark mark(int n) {
        return new Watermark(AT.plusSeconds(n), "00T" + n);
    }

    private static ExternalRef ref(String id) {
        return new ExternalRef(CrmSystem.SALESFORCE, "Task", id);
    }

    private static LoggedTouch task(String id, List<ExternalRef> people) {
        Touch touch = new Touch(ref(id), Touch.TouchChannel.CALL, Touch.TouchDirection.OUTBOUND, AT, "", "Call", "",
                Optional.empty(), Optional.empty());
        return new LoggedTouch(touch, people, Optional.empty(), AT);
    }

    private static final class ScriptedFeed implements TouchFeed {
        final Deque<TouchPage> pages = new ArrayDeque<>();
        final Deque<Watermark> reads = new ArrayDeque<>();
        SyncFailureException failure;

        @Override
        public StreamId stream() {
            return TASKS;
        }

        @Override
        public TouchPage read(Watermark since, int max) {
            if (failure != null) {
                throw failure;
            }
            reads.add(since);
            return pages.poll();
        }
    }
}
