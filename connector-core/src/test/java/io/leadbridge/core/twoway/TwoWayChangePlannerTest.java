package io.leadbridge.core.twoway;

import static io.leadbridge.core.model.CrmSystem.HUBSPOT;
import static io.leadbridge.core.sync.FieldDecision.Action.SKIP;
import static io.leadbridge.core.sync.FieldDecision.Action.WRITE;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.conflict.PersonSnapshot;
import io.leadbridge.core.conflict.TwoWayFieldPlanner;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.testing.InMemoryOwnWriteStore;
import io.leadbridge.core.testing.InMemoryPersonSnapshotStore;
import io.leadbridge.core.testing.People;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwoWayChangePlannerTest {

    private static final ExternalRef CONTACT = hubspotContact("512");
    private static final ExternalRef LEAD = salesforceLead("00Q5g00000AbCdEFGH");
    private static final Instant T1 = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-03T09:05:00Z");
    private static final Instant T3 = Instant.parse("2025-03-03T09:10:00Z");

    private final InMemoryPersonSnapshotStore snapshots = new InMemoryPersonSnapshotStore();
    private final InMemoryOwnWriteStore ownWrites = new InMemoryOwnWriteStore();
    private final TwoWayChangePlanner planner = new TwoWayChangePlanner(
            new TwoWayFieldPlanner(FieldMappingsFixture.standard(), HUBSPOT), snapshots, ownWrites);

    private final Person kim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim")
            .withLastName("Larsen").withTitle("CTO").build();

    @Test
    void theFirstSightOfAPersonSendsEveryFieldWithAValue() {
        TwoWayPlan plan = planner.plan(CONTACT, T1, kim, Optional.empty());

        assertThat(plan.echo()).isFalse();
        assertThat(plan.plan().changes()).containsOnlyKeys(PersonField.EMAIL, PersonField.FIRST_NAME,
                PersonField.LAST_NAME, PersonField.TITLE);
    }

    @Test
    void aRecordAboutToBeCreatedIsKnownToBeBlankSoItGetsTheFieldsTheOtherSideIsPreferredFor() {
        Person withPhone = People.nobody().withEmail("kim@acme.example").withPhone("+47 555 01").build();

        TwoWayPlan create = planner.planCreate(CONTACT, T1, withPhone);
        TwoWayPlan unknownTarget = planner.plan(CONTACT, T1, withPhone, Optional.empty());

        assertThat(create.plan().changes()).containsEntry(PersonField.PHONE, "+47 555 01");
        assertThat(decision(create, PersonField.PHONE).reason())
                .isEqualTo("prefer-salesforce-unless-blank: SALESFORCE is blank, so HUBSPOT fills it");
        assertThat(decision(create, PersonField.EMAIL).reason()).contains("whose record holds only what Leadbridge wrote");
        assertThat(unknownTarget.plan().changes()).doesNotContainKey(PersonField.PHONE);
    }

    @Test
    void aRecordMatchedByEmailAndModifiedAfterTheChangeKeepsItsNewestWinsValues() {
        PersonCandidate contactChangedLater = PersonCandidate.of(LEAD, T3);

        TwoWayPlan plan = planner.planMatched(CONTACT, T2, kim, contactChangedLater);

        assertThat(plan.plan().changes()).containsOnlyKeys(PersonField.TITLE);
        assertThat(decision(plan, PersonField.FIRST_NAME).reason()).isEqualTo("two-way-newest-wins: SALESFORCE "
                + "changed the record at 2025-03-03T09:10:00Z, after this change from HUBSPOT at 2025-03-03T09:05:00Z,"
                + " so SALESFORCE's value stays");
    }

    @Test
    void aRecordMatchedByEmailAndModifiedBeforeTheChangeTakesIt() {
        TwoWayPlan plan = planner.planMatched(CONTACT, T2, kim, PersonCandidate.of(LEAD, T1));

        assertThat(plan.plan().changes()).containsOnlyKeys(PersonField.EMAIL, PersonField.FIRST_NAME,
                PersonField.LAST_NAME, PersonField.TITLE);
    }

    @Test
    void aMatchedRecordAlreadySeenIsComparedWithWhatWasSeen() {
        snapshots.remember(new PersonSnapshot(LEAD, kim, T1));

        TwoWayPlan plan = planner.planMatched(CONTACT, T2, kim, PersonCandidate.of(LEAD, T3));

        assertThat(plan.writesNothing()).isTrue();
        assertThat(decision(plan, PersonField.FIRST_NAME).reason()).startsWith("already there:");
    }

    @Test
    void ourOwnWriteComingBackIsAnEchoThatWritesNothingAndKeepsTheRecordsLastChangeTime() {
        snapshots.remember(new PersonSnapshot(LEAD, People.nobody().withEmail("kim@acme.example").build(), T1));
        ownWrites.remember(LEAD, Map.of(PersonField.FIRST_NAME, "Kim", PersonField.TITLE, "CTO"), T2);
        Person echoed = People.nobody().withEmail("kim@acme.example").withFirstName("Kim").withTitle("CTO").build();

        TwoWayPlan plan = planner.plan(LEAD, T3, echoed, Optional.of(CONTACT));

        assertThat(plan.echo()).isTrue();
        assertThat(plan.writesNothing()).isTrue();
        assertThat(decision(plan, PersonField.FIRST_NAME).reason()).startsWith("echo: Leadbridge wrote this value");
        assertThat(plan.snapshot()).isEqualTo(new PersonSnapshot(LEAD, echoed, T1));
    }

    @Test
    void aChangeMixingAnEchoWithAChangeOfItsOwnSendsOnlyItsOwnChange() {
        snapshots.remember(new PersonSnapshot(LEAD, kim, T1));
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "VP Engineering"), T2);
        Person changed = People.nobody().withEmail("kim@acme.example").withFirstName("Kimberly")
                .withLastName("Larsen").withTitle("VP Engineering").build();

        TwoWayPlan plan = planner.plan(LEAD, T3, changed, Optional.of(CONTACT));

        assertThat(plan.echo()).isFalse();
        assertThat(plan.plan().changes()).containsOnly(Map.entry(PersonField.FIRST_NAME, "Kimberly"));
        assertThat(decision(plan, PersonField.LAST_NAME).reason())
                .isEqualTo("unchanged: lastName has not changed in SALESFORCE since Leadbridge last saw "
                        + "SALESFORCE:Lead:00Q5g00000AbCdEFGH");
        assertThat(plan.snapshot().changedAt()).isEqualTo(T3);
    }

    @Test
    void aValueTheTargetAlreadyHoldsIsNotWrittenAgain() {
        snapshots.remember(new PersonSnapshot(LEAD, kim, T1));

        TwoWayPlan plan = planner.plan(CONTACT, T2, kim, Optional.of(LEAD));

        assertThat(plan.writesNothing()).isTrue();
        assertThat(plan.echo()).isFalse();
        assertThat(decision(plan, PersonField.FIRST_NAME).reason())
                .isEqualTo("already there: SALESFORCE:Lead:00Q5g00000AbCdEFGH already holds this value");
    }

    @Test
    void aValueWeAlreadyWroteToTheTargetIsNotWrittenAgain() {
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "CTO"), T1);

        TwoWayPlan plan = planner.plan(CONTACT, T2, kim, Optional.of(LEAD));

        assertThat(decision(plan, PersonField.TITLE).action()).isEqualTo(SKIP);
        assertThat(decision(plan, PersonField.FIRST_NAME).action()).isEqualTo(WRITE);
    }

    @Test
    void settlingRemembersTheSnapshotAndOurWriteSoItsEchoIsRecognised() {
        TwoWayPlan plan = planner.plan(CONTACT, T1, kim, Optional.empty());

        planner.settle(plan, Optional.of(LEAD), T2);

        assertThat(snapshots.find(CONTACT)).contains(new PersonSnapshot(CONTACT, kim, T1));
        assertThat(ownWrites.lastWritten(LEAD)).containsOnlyKeys(PersonField.EMAIL, PersonField.FIRST_NAME,
                PersonField.LAST_NAME, PersonField.TITLE);
        assertThat(planner.plan(LEAD, T3, kim, Optional.of(CONTACT)).echo()).isTrue();
    }

    @Test
    void anUnsettledPlanLeavesNothingBehindSoARetryPlansTheSameWrite() {
        TwoWayPlan first = planner.plan(CONTACT, T1, kim, Optional.empty());

        TwoWayPlan retry = planner.plan(CONTACT, T1, kim, Optional.empty());

        assertThat(retry.plan()).isEqualTo(first.plan());
        assertThat(snapshots.size()).isZero();
    }

    @Test
    void settlingChecksThatTheWrittenRecordMatchesThePlan() {
        TwoWayPlan writes = planner.plan(CONTACT, T1, kim, Optional.empty());

        assertThatThrownBy(() -> planner.settle(writes, Optional.empty(), T2))
                .hasMessage("a plan that writes needs its written record");
    }

    @Test
    void aCreateThatLandedBeforeTheProcessDiedIsAnEchoWhenItsRecordIsFirstRead() {
        Person firstVersion = People.nobody().withEmail("kim@acme.example").withTitle("CTO").withFirstName("Kim 0")
                .build();
        TwoWayPlan create = planner.planCreate(CONTACT, T1, firstVersion);
        planner.intend(List.of(write(CONTACT, Optional.empty(), create)), T2);
        // the Lead was created, the process died before settling; Salesforce stamped the create T3
        Person createdLead = People.nobody().withEmail("kim@acme.example").withTitle("CTO").withFirstName("Kim 0")
                .build();

        TwoWayPlan readBack = planner.plan(LEAD, T3, createdLead, Optional.of(CONTACT));

        assertThat(readBack.echo()).isTrue();
        assertThat(readBack.writesNothing()).isTrue();
        assertThat(decision(readBack, PersonField.FIRST_NAME).reason())
                .startsWith("echo: Leadbridge was writing this value to " + LEAD);
        assertThat(readBack.snapshot().changedAt()).isEqualTo(PersonSnapshot.NO_OWN_CHANGE);
    }

    @Test
    void anEditMadeBeforeAnUnsettledCreateLandedStillWinsOverTheCreatesNewerStamp() {
        Person firstVersion = People.nobody().withEmail("kim@acme.example").withFirstName("Kim 0").build();
        planner.intend(List.of(write(CONTACT, Optional.empty(), planner.planCreate(CONTACT, T1, firstVersion))), T2);
        Person edited = People.nobody().withEmail("kim@acme.example").withFirstName("Kim 1").build();

        TwoWayPlan retry = planner.planMatched(CONTACT, T2, edited, PersonCandidate.of(LEAD, T3));

        assertThat(retry.plan().changes()).containsEntry(PersonField.FIRST_NAME, "Kim 1");
        assertThat(decision(retry, PersonField.FIRST_NAME).reason()).contains("last change of the record is not known");
    }

    @Test
    void settlingTheRetryTurnsWhatTheDeadAttemptIntendedIntoOurWriteToTheResolvedRecord() {
        Person firstVersion = People.nobody().withEmail("kim@acme.example").withFirstName("Kim 0").build();
        planner.intend(List.of(write(CONTACT, Optional.empty(), planner.planCreate(CONTACT, T1, firstVersion))), T2);
        TwoWayPlan retry = planner.planMatched(CONTACT, T1, firstVersion, PersonCandidate.of(LEAD, T3));
        assertThat(retry.writesNothing()).isFalse();

        planner.settle(retry, Optional.of(LEAD), Optional.of(LEAD), Map.of(PersonField.FIRST_NAME, "Kim 0"), T3,
                Optional.empty());

        assertThat(ownWrites.intendedBy(CONTACT)).isEmpty();
        assertThat(ownWrites.lastWritten(LEAD)).containsKeys(PersonField.EMAIL, PersonField.FIRST_NAME);
        assertThat(ownWrites.lastWritten(LEAD).get(PersonField.EMAIL).fingerprint().matches("kim@acme.example"))
                .isTrue();
        assertThat(ownWrites.lastWritten(LEAD).get(PersonField.EMAIL).writtenAt()).isEqualTo(T2);
    }

    @Test
    void anIntendedCreateIsNotAnEchoOnARecordWithAnotherEmail() {
        planner.intend(List.of(write(CONTACT, Optional.empty(), planner.planCreate(CONTACT, T1, kim))), T2);
        Person someoneElse = People.nobody().withEmail("ola@acme.example").withFirstName("Kim").build();

        TwoWayPlan plan = planner.plan(LEAD, T3, someoneElse, Optional.empty());

        assertThat(plan.echo()).isFalse();
        assertThat(plan.plan().changes()).containsKey(PersonField.FIRST_NAME);
    }

    @Test
    void theOwnerTheCrmFillsInWhenWeCreateARecordDoesNotDateItForNewestWins() {
        Person written = People.nobody().withEmail("kim@acme.example").withFirstName("Kim 0").build();
        ownWrites.remember(LEAD, written.values(), T1);
        Person createdLead = People.nobody().withEmail("kim@acme.example").withFirstName("Kim 0")
                .with(PersonField.OWNER_EMAIL, "integration@acme.example").build();

        TwoWayPlan readBack = planner.plan(LEAD, T3, createdLead, Optional.of(CONTACT));
        planner.settle(readBack, Optional.empty(), T3);
        TwoWayPlan olderEdit = planner.plan(CONTACT, T2, People.nobody().withEmail("kim@acme.example")
                .withFirstName("Kim 1").build(), Optional.of(LEAD));

        assertThat(readBack.snapshot().changedAt()).isEqualTo(PersonSnapshot.NO_OWN_CHANGE);
        assertThat(olderEdit.plan().changes()).containsEntry(PersonField.FIRST_NAME, "Kim 1");
    }

    @Test
    void refusesATargetInTheSameCrmAsTheChange() {
        assertThatThrownBy(() -> planner.plan(CONTACT, T1, kim, Optional.of(hubspotContact("513"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target must be a SALESFORCE record");
    }

    private static FieldDecision decision(TwoWayPlan plan, PersonField field) {
        return plan.plan().decisions().stream().filter(d -> d.field() == field).findFirst().orElseThrow();
    }

    private static PersonWrite write(ExternalRef source, Optional<ExternalRef> target, TwoWayPlan plan) {
        return new PersonWrite(PersonId.newId(), source, target, plan.plan().changes(), "key-" + source.id());
    }
}
