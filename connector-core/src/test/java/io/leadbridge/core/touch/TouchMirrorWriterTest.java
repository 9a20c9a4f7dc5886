package io.leadbridge.core.touch;

import static io.leadbridge.core.testing.RecordingActivitySink.task;
import static io.leadbridge.core.testing.RecordingActivitySink.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.testing.Failures;
import io.leadbridge.core.testing.InMemoryTouchMirrorStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.RecordingActivitySink;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchMirrorWriterTest {

    private static final ExternalRef KIM_LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000KimAAA");
    private static final ExternalRef ADA_LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AdaAAA");

    private final MutableClock clock = MutableClock.startingAt(MutableClock.DEFAULT_START);
    private final InMemoryTouchMirrorStore store = new InMemoryTouchMirrorStore();
    private final RecordingActivitySink sink = new RecordingActivitySink(2);
    private final TouchMirrorWriter writer = new TouchMirrorWriter(store, sink, clock);

    @Test
    void aTouchDeliveredTwiceIsWrittenOnceAndTheSecondDeliveryNamesTheFirstTask() {
        MirroredActivity email = mirror("88120455401", KIM_LEAD);

        List<MirrorOutcome> first = writer.write(List.of(email));
        List<MirrorOutcome> second = writer.write(List.of(email));

        ExternalRef task = new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T000000000001");
        assertThat(first).containsExactly(new MirrorOutcome.Written(email, task));
        assertThat(second).containsExactly(new MirrorOutcome.AlreadyWritten(email, task));
        assertThat(sink.calls).containsExactly(List.of(email));
        assertThat(store.find(email.idempotencyKey()).orElseThrow().writtenActivity()).contains(task);
    }

    @Test
    void aRefusedMirrorIsReleasedAndARetrySendsItWhileItsBatchNeighbourIsNotResent() {
        MirroredActivity refused = mirror("88120455401", KIM_LEAD);
        MirroredActivity fine = mirror("88120455402", ADA_LEAD);
        SyncFailure.Permanent invalid = Failures.permanent("WhoId");
        sink.answers.add(batch -> List.of(new WriteResult.Failed(invalid), written(2)));

        assertThat(writer.write(List.of(refused, fine))).containsExactly(
                new MirrorOutcome.Failed(refused, invalid), new MirrorOutcome.Written(fine, task(2)));

        assertThat(writer.write(List.of(refused, fine))).containsExactly(
                new MirrorOutcome.Written(refused, task(3)), new MirrorOutcome.AlreadyWritten(fine, task(2)));
        assertThat(sink.calls).containsExactly(List.of(refused, fine), List.of(refused));
    }

    @Test
    void aTimedOutCallWhoseWriteHappenedIsFoundByItsKeyOnTheRetryAndRecordedNotWrittenAgain() {
        MirroredActivity email = mirror("88120455401", KIM_LEAD);
        sink.answers.add(batch -> {
            sink.held.put(email.idempotencyKey(), task(7));
            throw new SyncFailureException(Failures.retriable());
        });

        assertThatThrownBy(() -> writer.write(List.of(email))).isInstanceOf(SyncFailureException.class);

        assertThat(writer.write(List.of(email))).containsExactly(new MirrorOutcome.AlreadyWritten(email, task(7)));
        assertThat(sink.calls).hasSize(1);
        assertThat(sink.lookups).containsExactly(email);
        assertThat(store.find(email.idempotencyKey()).orElseThrow().writtenActivity()).contains(task(7));
        assertThat(writer.write(List.of(email))).as("recorded now: no second look-up")
                .containsExactly(new MirrorOutcome.AlreadyWritten(email, task(7)));
        assertThat(sink.lookups).hasSize(1);
    }

    @Test
    void aTimedOutCallThatWroteNothingIsWrittenOnTheRetryUnderTheClaimItKept() {
        MirroredActivity email = mirror("88120455401", KIM_LEAD);
        MirroredActivity neighbour = mirror("88120455402", ADA_LEAD);
        sink.answers.add(batch -> {
            throw new SyncFailureException(Failures.retriable());
        });

        assertThatThrownBy(() -> writer.write(List.of(email, neighbour))).isInstanceOf(SyncFailureException.class);

        assertThat(writer.write(List.of(email, neighbour))).containsExactly(
                new MirrorOutcome.Written(email, task(1)), new MirrorOutcome.Written(neighbour, task(2)));
        assertThat(sink.calls).containsExactly(List.of(email, neighbour), List.of(email, neighbour));
        assertThat(sink.lookups).containsExactly(email, neighbour);
    }

    @Test
    void aMirrorTheAnswerSaidNothingDefiniteAboutKeepsItsClaimAndIsLookedUpNotWrittenAgain() {
        MirroredActivity unanswered = mirror("88120455401", KIM_LEAD);
        MirroredActivity fine = mirror("88120455402", ADA_LEAD);
        sink.answers.add(batch -> {
            sink.held.put(unanswered.idempotencyKey(), task(7));
            return List.of(new WriteResult.Failed(Failures.retriable()), written(8));
        });

        assertThat(writer.write(List.of(unanswered, fine))).extracting(MirrorOutcome::getClass)
                .containsExactly(MirrorOutcome.Failed.class, MirrorOutcome.Written.class);

        assertThat(writer.write(List.of(unanswered, fine))).containsExactly(
                new MirrorOutcome.AlreadyWritten(unanswered, task(7)), new MirrorOutcome.AlreadyWritten(fine, task(8)));
        assertThat(sink.calls).as("not sent a second time").hasSize(1);
        assertThat(sink.lookups).containsExactly(unanswered);
    }

    @Test
    void aLookUpThatFailsKeepsOnlyItsOwnMirrorBackAndARateLimitedOneSparesTheLookUpsAfterIt() {
        MirroredActivity lookupFails = mirror("88120455401", KIM_LEAD);
        MirroredActivity heldAlready = mirror("88120455402", ADA_LEAD);
        store.claim(lookupFails, clock.instant());
        store.claim(heldAlready, clock.instant());
        sink.held.put(heldAlready.idempotencyKey(), task(7));
        SyncFailure timeout = Failures.retriable();
        sink.lookupFailures.add(timeout);

        assertThat(writer.write(List.of(lookupFails, heldAlready))).containsExactly(
                new MirrorOutcome.Failed(lookupFails, timeout), new MirrorOutcome.AlreadyWritten(heldAlready, task(7)));
        assertThat(sink.calls).as("nothing sent: the failed look-up's mirror may be in the org").isEmpty();
        assertThat(store.find(lookupFails.idempotencyKey())).as("its claim is kept").isPresent();

        MirroredActivity fresh = mirror("88120455403", KIM_LEAD);
        SyncFailure.RateLimited limited = new SyncFailure.RateLimited("REQUEST_LIMIT_EXCEEDED", "limit", "",
                Duration.ofMinutes(1));
        RecordingActivitySink wide = new RecordingActivitySink(3);
        wide.lookupFailures.add(limited);
        TouchMirrorWriter widerWriter = new TouchMirrorWriter(store, wide, clock);
        MirroredActivity secondUnconfirmed = mirror("88120455404", ADA_LEAD);
        store.claim(secondUnconfirmed, clock.instant());

        assertThat(widerWriter.write(List.of(lookupFails, secondUnconfirmed, fresh))).containsExactly(
                new MirrorOutcome.Failed(lookupFails, limited), new MirrorOutcome.Failed(secondUnconfirmed, limited),
                new MirrorOutcome.Written(fresh, task(1)));
        assertThat(wide.lookups).as("no look-up after the rate-limited one").containsExactly(lookupFails);
        assertThat(wide.calls).containsExactly(List.of(fresh));
    }

    @Test
    void everyClaimOfABatchIsMadeDurableBeforeTheWriteItGuards() {
        MirroredActivity email = mirror("88120455401", KIM_LEAD);
        MirroredActivity neighbour = mirror("88120455402", ADA_LEAD);
        List<Boolean> durableAtWrite = new java.util.ArrayList<>();
        sink.answers.add(batch -> {
            batch.forEach(activity -> durableAtWrite.add(store.durable(activity.idempotencyKey())));
            return List.of(written(1), written(2));
        });

        writer.write(List.of(email, neighbour));

        assertThat(durableAtWrite).containsExactly(true, true);
    }

    @Test
    void aRateLimitedCallReleasesItsClaimsSoTheRetryWrites() {
        MirroredActivity email = mirror("88120455401", KIM_LEAD);
        sink.answers.add(batch -> {
            throw new SyncFailureException(Failures.rateLimited(java.time.Duration.ofSeconds(10)));
        });

        assertThatThrownBy(() -> writer.write(List.of(email))).isInstanceOf(SyncFailureException.class);

        assertThat(writer.write(List.of(email))).containsExactly(new MirrorOutcome.Written(email, task(1)));
        assertThat(sink.calls).hasSize(2);
    }

    @Test
    void anActivityForTheOtherCrmOrAnOversizedBatchIsRefusedBeforeAnyClaim() {
        ExternalRef contact = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
        ExternalRef task = new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T5g00000XyZ12EAB");
        MirroredActivity intoHubSpot = new MirroredActivity(contact, task, Touch.TouchChannel.CALL,
                Touch.TouchDirection.OUTBOUND, "sdr@example.com", "Call", "", clock.instant(), Optional.empty(),
                Optional.empty(), IdempotencyKeys.mirrorOf(task, CrmSystem.HUBSPOT));

        assertThatThrownBy(() -> writer.write(List.of(intoHubSpot)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SALESFORCE sink");
        assertThatThrownBy(() -> writer.write(List.of(mirror("1", KIM_LEAD), mirror("2", KIM_LEAD),
                mirror("3", KIM_LEAD)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2");
        assertThat(store.find(intoHubSpot.idempotencyKey())).isEmpty();
        assertThat(sink.calls).isEmpty();
    }

    private MirroredActivity mirror(String emailId, ExternalRef lead) {
        ExternalRef email = new ExternalRef(CrmSystem.HUBSPOT, "email", emailId);
        return new MirroredActivity(lead, email, Touch.TouchChannel.EMAIL, Touch.TouchDirection.OUTBOUND,
                "sdr@example.com", "Intro", "Hi, ...", clock.instant(), Optional.empty(), Optional.of(1),
                IdempotencyKeys.mirrorOf(email, CrmSystem.SALESFORCE));
    }
}
