package io.leadbridge.core.touch;

import static io.leadbridge.core.testing.RecordingActivitySink.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.testing.InMemoryIdMappingStore;
import io.leadbridge.core.testing.InMemoryTouchMirrorStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.RecordingActivitySink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TouchMirrorPassTest {

    private static final ExternalRef KIM = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
    private static final ExternalRef KIM_LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000KimAAA");
    private static final ExternalRef NEW_CONTACT = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246999");
    private static final Instant AT = Instant.parse("2026-11-25T09:14:03Z");

    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final InMemoryTouchMirrorStore mirrors = new InMemoryTouchMirrorStore();
    private final RecordingActivitySink tasks = new RecordingActivitySink(2);
    private final TouchMirrorPass pass = new TouchMirrorPass(ids, new TouchMirroring(),
            new TouchMirrorWriter(mirrors, tasks, MutableClock.startingAt(AT)));

    @BeforeEach
    void kimIsLinkedToHerLead() {
        ids.link(ids.personFor(KIM), KIM_LEAD);
    }

    @Test
    void anEmailOnKimBecomesOneTaskOnHerLeadAndReadingItAgainWritesNothing() {
        LoggedTouch email = email("88120455401", List.of(KIM), Optional.empty());

        TouchMirrorPass.Report first = pass.run(List.of(email));
        TouchMirrorPass.Report again = pass.run(List.of(email));

        assertThat(first.outcomes()).singleElement().isInstanceOfSatisfying(MirrorOutcome.Written.class, written -> {
            assertThat(written.writtenActivity()).isEqualTo(task(1));
            assertThat(written.activity().targetPerson()).isEqualTo(KIM_LEAD);
            assertThat(written.activity().subject()).isEqualTo("Intro");
        });
        assertThat(again.outcomes()).singleElement().isInstanceOf(MirrorOutcome.AlreadyWritten.class);
        assertThat(tasks.calls).hasSize(1);
    }

    @Test
    void ourOwnMirrorIsSkippedAndATouchOnAnUnlinkedPersonWaitsWithoutAWrite() {
        String key = IdempotencyKeys.mirrorOf(KIM_LEAD, CrmSystem.HUBSPOT);
        LoggedTouch echo = email("88120455402", List.of(KIM), Optional.of(key));
        LoggedTouch unlinked = email("88120455403", List.of(NEW_CONTACT), Optional.empty());
        LoggedTouch onNobody = email("88120455404", List.of(), Optional.empty());

        TouchMirrorPass.Report report = pass.run(List.of(echo, unlinked, onNobody));

        assertThat(report.skipped()).singleElement().extracting(MirrorDecision::reason).asString().contains("echo");
        assertThat(report.waiting()).containsExactly(unlinked, onNobody);
        assertThat(report.outcomes()).isEmpty();
        assertThat(tasks.calls).isEmpty();
    }

    @Test
    void aTouchOnSeveralContactsGoesToTheFirstWithALeadAndMirrorsAreSentInTheSinksBatchSize() {
        List<LoggedTouch> touches = List.of(email("1", List.of(NEW_CONTACT, KIM), Optional.empty()),
                email("2", List.of(KIM), Optional.empty()), email("3", List.of(KIM), Optional.empty()));

        TouchMirrorPass.Report report = pass.run(touches);

        assertThat(report.outcomes()).hasSize(3).allMatch(o -> o instanceof MirrorOutcome.Written
                && o.activity().targetPerson().equals(KIM_LEAD));
        assertThat(tasks.calls).extracting(List::size).containsExactly(2, 1);
    }

    @Test
    void aCallThatFailsAsAWholeFailsOnlyItsOwnBatchAndARateLimitSparesTheBatchesAfterIt() {
        List<LoggedTouch> touches = List.of(email("1", List.of(KIM), Optional.empty()),
                email("2", List.of(KIM), Optional.empty()), email("3", List.of(KIM), Optional.empty()),
                email("4", List.of(KIM), Optional.empty()), email("5", List.of(KIM), Optional.empty()),
                email("6", List.of(KIM), Optional.empty()), email("7", List.of(KIM), Optional.empty()));
        SyncFailure.Retriable unavailable = new SyncFailure.Retriable("SERVER_UNAVAILABLE", "try later", "");
        SyncFailure.RateLimited limited = new SyncFailure.RateLimited("REQUEST_LIMIT_EXCEEDED", "limit", "",
                Duration.ofMinutes(1));
        tasks.answers.add(batch -> {
            throw new SyncFailureException(unavailable);
        });
        tasks.answers.add(batch -> List.of(RecordingActivitySink.written(1), RecordingActivitySink.written(2)));
        tasks.answers.add(batch -> {
            throw new SyncFailureException(limited);
        });

        TouchMirrorPass.Report report = pass.run(touches);

        assertThat(report.outcomes()).extracting(o -> o.activity().sourceTouch().id() + " "
                + (o instanceof MirrorOutcome.Failed failed ? failed.failure().code()
                        : ((MirrorOutcome.Written) o).writtenActivity().id())).containsExactly("1 SERVER_UNAVAILABLE", "2 SERVER_UNAVAILABLE", "3 " + task(1).id(), "4 " + task(2).id(),
                "5 REQUEST_LIMIT_EXCEEDED", "6 REQUEST_LIMIT_EXCEEDED", "7 REQUEST_LIMIT_EXCEEDED");
        assertThat(tasks.calls).as("the last batch is not sent").extracting(List::size).containsExactly(2, 2, 2);
    }

    private static LoggedTouch email(String id, List<ExternalRef> people, Optional<String> keyOnSource) {
        Touch touch = new Touch(new ExternalRef(CrmSystem.HUBSPOT, "email", id), Touch.TouchChannel.EMAIL,
                Touch.TouchDirection.OUTBOUND, AT, "sam.sdr@example.com", "Intro", "Hi Kim,", Optional.of("sent"),
                Optional.empty());
        return new LoggedTouch(touch, people, keyOnSource, AT.plusSeconds(2));
    }
}
