package io.leadbridge.core.touch;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.engine.ErrorRetry;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.workflow.TouchLogged;
import io.leadbridge.core.port.ErrorStatus;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import io.leadbridge.core.testing.InMemoryCompanyInbox;
import io.leadbridge.core.testing.InMemoryErrorQueue;
import io.leadbridge.core.testing.InMemoryIdMappingStore;
import io.leadbridge.core.testing.InMemoryTouchInbox;
import io.leadbridge.core.testing.InMemoryTouchMirrorStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.RecordingActivitySink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TouchDrainTest {

    private static final ExternalRef KIM = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965");
    private static final ExternalRef KIM_LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000KimAAA");
    private static final ExternalRef NOOR = new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246999");
    private static final ExternalRef NOOR_LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000NooAAA");
    private static final Instant AT = Instant.parse("2026-11-25T09:14:03Z");
    private static final Duration WAIT = Duration.ofMinutes(1);

    private final MutableClock clock = MutableClock.startingAt(AT);
    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final InMemoryTouchMirrorStore mirrors = new InMemoryTouchMirrorStore();
    private final InMemoryTouchInbox inbox = new InMemoryTouchInbox();
    private final InMemoryErrorQueue errors = new InMemoryErrorQueue(clock);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final RecordingActivitySink tasks = new RecordingActivitySink(10);
    private final List<Set<PersonId>> published = new ArrayList<>();
    private final TouchDrain drain = new TouchDrain(inbox, Map.of(CrmSystem.HUBSPOT, new TouchMirrorPass(ids,
            new TouchMirroring(), new TouchMirrorWriter(mirrors, tasks, clock))), ids, errors, audit,
            people -> published.add(new HashSet<>(people)), clock, WAIT);

    private PersonId kim;

    @BeforeEach
    void kimIsLinkedToHerLead() {
        kim = ids.personFor(KIM);
        ids.link(kim, KIM_LEAD);
    }

    @Test
    void aWrittenMirrorIsSettledForThePersonAuditedAndTheirSummaryPublished() {
        add(email("1", KIM));

        TouchDrain.Report report = drain.drain(10);

        assertThat(report.mirrored()).isEqualTo(1);
        assertThat(inbox.row(ref("1")).settled()).isTrue();
        assertThat(inbox.touchesOf(kim)).extracting(Touch::source).containsExactly(ref("1"));
        assertThat(audit.of(kim, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditKind.TOUCH);
            assertThat(entry.record()).contains(RecordingActivitySink.task(1));
            assertThat(entry.details()).containsEntry("sourceTouch", ref("1").key());
        });
        assertThat(published).containsExactly(Set.of(kim));
        assertThat(drain.drain(10).taken()).as("nothing left to do").isZero();
    }

    @Test
    void everyTouchAttributedToAPersonIsReportedToTheWorkflowAndOurOwnMirrorsAreNot() {
        List<String> reported = new ArrayList<>();
        TouchDrain reporting = new TouchDrain(inbox, Map.of(CrmSystem.HUBSPOT, new TouchMirrorPass(ids,
                new TouchMirroring(), new TouchMirrorWriter(mirrors, tasks, clock))), ids, errors, audit,
                people -> { }, clock, WAIT, RetryPolicy.DEFAULT,
                (person, touch) -> reported.add(person + " " + touch.source().id()));
        add(email("1", KIM));
        add(email("2", NOOR));

        reporting.drain(10);

        assertThat(reported).as("Noor's touch waits for her link").containsExactly(kim + " 1");
    }

    @Test
    void aTouchOnAnUnlinkedPersonWaitsAndIsMirroredOnceThePersonIsLinked() {
        add(email("2", NOOR));

        assertThat(drain.drain(10).waiting()).isEqualTo(1);
        assertThat(drain.drain(10).taken()).as("not due before the wait is over").isZero();
        ids.link(ids.personFor(NOOR), NOOR_LEAD);
        clock.advance(WAIT);

        assertThat(drain.drain(10).mirrored()).isEqualTo(1);
        assertThat(tasks.calls).singleElement().satisfies(call -> assertThat(call).singleElement()
                .extracting(MirroredActivity::targetPerson).isEqualTo(NOOR_LEAD));
        assertThat(inbox.pendingCount()).isZero();
    }

    @Test
    void aRefusedMirrorGoesToTheErrorQueueARetriableOneIsRetriedAndOneClaimedBeforeACrashIsLookedUpThenWritten() {
        LoggedTouch refused = email("3", KIM);
        LoggedTouch locked = email("4", KIM);
        LoggedTouch claimedBeforeACrash = email("5", KIM);
        add(refused);
        add(locked);
        add(claimedBeforeACrash);
        MirroredActivity crashed = ((MirrorDecision.Mirror) new TouchMirroring().decide(claimedBeforeACrash.touch(),
                Optional.empty(), Optional.of(KIM_LEAD))).activity();
        mirrors.claim(crashed, AT);
        tasks.answers.add(activities -> List.of(
                new WriteResult.Failed(new SyncFailure.Permanent("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                        "Subject is required", "", List.of("Subject"))),
                new WriteResult.Failed(new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW", "locked", "")),
                RecordingActivitySink.written(1)));

        TouchDrain.Report report = drain.drain(10);

        assertThat(report.toErrorQueue()).isEqualTo(1);
        assertThat(report.retryLater()).isEqualTo(1);
        assertThat(report.mirrored()).as("the crashed claim: not in the org, so written now").isEqualTo(1);
        assertThat(tasks.lookups).containsExactly(crashed);
        assertThat(errors.openFor(ref("3"))).singleElement().satisfies(error ->
                assertThat(error.failure().code()).isEqualTo("FIELD_CUSTOM_VALIDATION_EXCEPTION"));
        assertThat(errors.openFor(ref("5"))).isEmpty();
        assertThat(mirrors.find(crashed.idempotencyKey()).orElseThrow().writtenActivity())
                .contains(RecordingActivitySink.task(1));
        assertThat(inbox.row(ref("4")).settled()).isFalse();
        assertThat(inbox.row(ref("4")).nextAttemptAt()).isEqualTo(AT.plus(WAIT));
        assertThat(audit.of(kim, 10)).extracting(e -> e.kind())
                .containsExactlyInAnyOrder(AuditKind.ERROR, AuditKind.TOUCH);
        assertThat(published).as("a touch settled into the error queue counts in Kim's summary, so it is refreshed")
                .containsExactly(Set.of(kim));

        clock.advance(WAIT);
        assertThat(drain.drain(10).mirrored()).as("the locked row passes on the retry").isEqualTo(1);
    }

    @Test
    void aRateLimitedCallLeavesEveryTouchPendingUntilTheVendorsWaitIsOverWithoutUsingAnAttempt() {
        add(email("6", KIM));
        add(email("7", KIM));
        tasks.answers.add(activities -> {
            throw new SyncFailureException(new SyncFailure.RateLimited("REQUEST_LIMIT_EXCEEDED", "limit", "",
                    Duration.ofMinutes(5)));
        });

        TouchDrain.Report report = drain.drain(10);

        assertThat(report.retryLater()).isEqualTo(2);
        assertThat(inbox.pendingCount()).isEqualTo(2);
        assertThat(inbox.row(ref("6")).attempts()).isZero();
        assertThat(errors.all()).isEmpty();
        clock.advance(WAIT);
        assertThat(drain.drain(10).taken()).as("the vendor asked for 5 minutes").isZero();
        clock.advance(Duration.ofMinutes(4));
        assertThat(drain.drain(10).mirrored()).isEqualTo(2);
    }

    @Test
    void aMirrorThatKeepsFailingIsParkedOnceItsAttemptsAreUsedUpAndAnAdminsRetryWritesItAndResolvesTheError() {
        RetryPolicy threeAttempts = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10));
        TouchDrain patient = new TouchDrain(inbox, Map.of(CrmSystem.HUBSPOT, new TouchMirrorPass(ids,
                new TouchMirroring(), new TouchMirrorWriter(mirrors, tasks, clock))), ids, errors, audit,
                people -> { }, clock, WAIT, threeAttempts, TouchLogged.NONE);
        add(email("8", KIM));
        SyncFailure.Retriable unavailable = new SyncFailure.Retriable("SERVER_UNAVAILABLE", "try later", "");
        for (int i = 0; i < 3; i++) {
            tasks.answers.add(activities -> {
                throw new SyncFailureException(unavailable);
            });
        }

        assertThat(patient.drain(10).retryLater()).isEqualTo(1);
        assertThat(inbox.row(ref("8")).attempts()).isEqualTo(1);
        assertThat(inbox.row(ref("8")).nextAttemptAt()).as("the wait interval is longer than the first backoff")
                .isEqualTo(AT.plus(WAIT));
        clock.advance(WAIT);
        assertThat(patient.drain(10).retryLater()).isEqualTo(1);
        assertThat(inbox.row(ref("8")).nextAttemptAt()).as("doubled backoff").isEqualTo(clock.instant()
                .plus(WAIT));
        clock.advance(WAIT);
        assertThat(patient.drain(10).toErrorQueue()).as("the third failure uses up the attempts").isEqualTo(1);

        assertThat(inbox.pendingCount()).isZero();
        assertThat(errors.openFor(ref("8"))).singleElement().satisfies(error -> {
            assertThat(error.failure().code()).isEqualTo("SERVER_UNAVAILABLE");
            assertThat(error.attempts()).isEqualTo(3);
        });
        long errorId = errors.openFor(ref("8")).get(0).id();
        assertThat(mirrors.find(IdempotencyKeys.mirrorOf(ref("8"), CrmSystem.SALESFORCE)))
                .as("the claim stays: a failed call may have written the Task").isPresent();

        new ErrorRetry(errors, new InMemoryChangeInbox(), new InMemoryCompanyInbox(), inbox, ids, audit, clock)
                .retry(errorId);
        assertThat(inbox.row(ref("8")).settled()).isFalse();
        assertThat(inbox.row(ref("8")).attempts()).isZero();

        assertThat(patient.drain(10).mirrored()).isEqualTo(1);
        assertThat(tasks.lookups).as("every attempt after the first looks the mirror up before writing it")
                .hasSize(3);
        assertThat(errors.find(errorId).orElseThrow().status()).isEqualTo(ErrorStatus.RESOLVED);
        assertThat(tasks.held).containsKey(IdempotencyKeys.mirrorOf(ref("8"), CrmSystem.SALESFORCE));
    }

    @Test
    void aParkedTouchThatAnAdminRetriesAndThatFailsAgainReopensItsErrorInsteadOfAddingOne() {
        add(email("9", KIM));
        SyncFailure.Permanent invalid = new SyncFailure.Permanent("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                "Subject is required", "", List.of("Subject"));
        tasks.answers.add(activities -> List.of(new WriteResult.Failed(invalid)));
        tasks.answers.add(activities -> List.of(new WriteResult.Failed(invalid)));
        drain.drain(10);
        long errorId = errors.openFor(ref("9")).get(0).id();

        new ErrorRetry(errors, new InMemoryChangeInbox(), new InMemoryCompanyInbox(), inbox, ids, audit, clock)
                .retry(errorId);
        assertThat(drain.drain(10).toErrorQueue()).isEqualTo(1);

        assertThat(errors.all()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(errorId);
            assertThat(error.status()).isEqualTo(ErrorStatus.OPEN);
        });
        assertThat(inbox.row(ref("9")).parkedAs()).hasValue(errorId);
    }

    private void add(LoggedTouch touch) {
        inbox.add(touch, AT);
    }

    private static ExternalRef ref(String id) {
        return new ExternalRef(CrmSystem.HUBSPOT, "email", id);
    }

    private static LoggedTouch email(String id, ExternalRef person) {
        Touch touch = new Touch(ref(id), Touch.TouchChannel.EMAIL, Touch.TouchDirection.OUTBOUND, AT,
                "sam.sdr@example.com", "Intro " + id, "Hi,", Optional.of("sent"), Optional.empty());
        return new LoggedTouch(touch, List.of(person), Optional.empty(), AT.plusSeconds(2));
    }
}
