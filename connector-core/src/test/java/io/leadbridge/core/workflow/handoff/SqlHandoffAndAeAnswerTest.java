package io.leadbridge.core.workflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.qualification.LeadSource;
import io.leadbridge.core.qualification.QualificationDecision;
import io.leadbridge.core.qualification.QualificationOutcome;
import io.leadbridge.core.qualification.ScoreLine;
import io.leadbridge.core.routing.MemberLoad;
import io.leadbridge.core.routing.RoundRobinChoice;
import io.leadbridge.core.routing.RoundRobinLedger;
import io.leadbridge.core.rules.Rules;
import io.leadbridge.core.rules.RulesFile;
import io.leadbridge.core.testing.ChangeEvents;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.InMemoryFunnelLedger;
import io.leadbridge.core.testing.InMemoryIdMappingStore;
import io.leadbridge.core.testing.InMemoryTimerStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.RecordingWorkflowActions;
import io.leadbridge.core.triage.TriagePlan;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaPolicy;
import io.leadbridge.core.workflow.sla.SlaResult;
import io.leadbridge.core.workflow.sla.SlaRules;
import io.leadbridge.core.workflow.sla.SlaTimers;
import io.leadbridge.core.workflow.sla.WorkflowTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handoff at SQL and the AE's answer read from the Salesforce Lead, as the running app wires them. */
class SqlHandoffAndAeAnswerTest {

    private static final String SAM = "sam.sdr@leadbridge.example";
    private static final String ALEX = "alex.ae@leadbridge.example";
    private static final String RULES = """
            version: 1
            routing:
              teams:
                ae:
                  - { owner: alex.ae@leadbridge.example }
            handoff:
              ae-team: ae
              accept-statuses: [Qualified]
              reject-statuses: [Closed - Not Converted]
              reject-reason-field: Rejection_Reason__c
              hubspot:
                accept-statuses: [OPEN_DEAL]
                reject-statuses: [UNQUALIFIED]
                reject-reason-property: rejection_reason
            recycle:
              to: working
              flag-after-rejections: 2
            """;

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryFunnelLedger ledger = new InMemoryFunnelLedger();
    private final InMemoryTimerStore timers = new InMemoryTimerStore();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final RecordingWorkflowActions actions = new RecordingWorkflowActions();
    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final SlaTimers sla = new SlaTimers(new SlaPolicy(SlaRules.defaults()), timers, actions, ledger, audit,
            clock, Duration.ofMinutes(2));
    private final Map<String, LeadAnswers.Answer> leads = new HashMap<>();
    private final ExternalRef lead = ChangeEvents.salesforceLead("00Q000000000001");
    private final PersonId kim = PersonId.newId();
    private Rules rules = rules(RULES);
    private SqlHandoff handoff;
    private AeAnswerStep answers;

    @BeforeEach
    void kimIsAnMqlWorkedBySam() {
        ids.link(kim, lead);
        leads.put(lead.id(), new LeadAnswers.Answer("Working - Contacted", ""));
        List<Touch> touches = List.of(new Touch(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T1"),
                Touch.TouchChannel.CALL, Touch.TouchDirection.OUTBOUND, clock.instant().plus(Duration.ofMinutes(7)),
                SAM, "Intro call", "", Optional.empty(), Optional.of(1)));
        handoff = new SqlHandoff(() -> rules, ledger, sla, actions, audit, oneByOne(), person -> touches);
        answers = new AeAnswerStep(() -> rules, ids, ledger, Map.of(
                CrmSystem.SALESFORCE, (ref, field) -> {
                    assertThat(field).contains("Rejection_Reason__c");
                    return leads.get(ref.id());
                },
                CrmSystem.HUBSPOT, (ref, field) -> {
                    assertThat(field).contains("rejection_reason");
                    return leads.get(ref.id());
                }), sla, actions, audit, clock);
        ledger.record(new PersonTransition(kim, FunnelTransitions.move(FunnelStage.NEW, FunnelStage.MQL,
                clock.instant(), "qualification.mql", "score 60"), Optional.of(SAM), Optional.empty()));
        clock.advance(Duration.ofHours(2));
    }

    @Test
    void atSqlTheAeFromTheRulesTeamGetsTheLeadWithAHandoffNoteAndTheAcceptanceClockRuns() {
        Instant sqlAt = clock.instant();

        handoff.applied(kim, sql());

        assertThat(actions.performed(WorkflowCommand.AssignOwner.class)).extracting(WorkflowCommand.AssignOwner::ownerEmail)
                .containsExactly(ALEX);
        assertThat(actions.performed(WorkflowCommand.WriteNote.class)).singleElement().satisfies(note -> {
            assertThat(note.title()).isEqualTo(HandoffNote.TITLE);
            assertThat(note.body()).contains("SDR: " + SAM + " -> AE: " + ALEX, "- Budget: 40k approved",
                    "- Need: (not answered)", "Score: 80", "+60 senior-title (title contains VP)",
                    "Touch history: 1 touch (1 call)", "Time to first touch: 7 minutes", "Suggested next step:");
        });
        assertThat(ledger.transitionsOf(kim)).extracting(t -> t.transition().to(), PersonTransition::sdrEmail,
                PersonTransition::aeEmail).last().isEqualTo(tuple(FunnelStage.SQL, Optional.of(SAM), Optional.of(ALEX)));
        assertThat(timers.pendingOf(kim)).extracting(WorkflowTimer::ownerEmail, WorkflowTimer::startedAt)
                .containsOnly(tuple(ALEX, sqlAt));
        assertThat(audit.all()).extracting(AuditEntry::kind, AuditEntry::ruleId)
                .contains(tuple(AuditKind.ROUTING, "team:ae"), tuple(AuditKind.HANDOFF, "handoff"));
    }

    @Test
    void aRetriedTriageDoesNotHandThePersonOffTwice() {
        handoff.applied(kim, sql());
        handoff.applied(kim, sql());

        assertThat(actions.performed()).hasSize(2);
        assertThat(ledger.transitionsOf(kim)).hasSize(2);
    }

    @Test
    void withoutAnAeTeamTheSqlIsRecordedAndTheTrailSaysWhyNobodyWasHandedThePerson() {
        rules = rules("version: 1\n");

        handoff.applied(kim, sql());

        assertThat(actions.performed()).isEmpty();
        assertThat(ledger.transitionsOf(kim)).extracting(t -> t.transition().to()).endsWith(FunnelStage.SQL);
        assertThat(audit.all()).extracting(AuditEntry::reason)
                .containsExactly("Sales-qualified, but not handed to an AE: the rules name no handoff.ae-team");
    }

    @Test
    void theAeAcceptingInSalesforceMakesTheLeadSalAndStopsTheAcceptanceClock() {
        handoff.applied(kim, sql());
        clock.advance(Duration.ofMinutes(50));
        leads.put(lead.id(), new LeadAnswers.Answer("Qualified", ""));

        answers.settled(leadChanged());

        assertThat(ledger.transitionsOf(kim)).extracting(t -> t.transition().to()).endsWith(FunnelStage.SAL);
        assertThat(actions.performed(WorkflowCommand.SetStage.class)).extracting(WorkflowCommand.SetStage::to)
                .containsExactly(FunnelStage.SAL);
        assertThat(ledger.slaEventsSince(Instant.EPOCH)).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(SlaKind.AE_ACCEPTANCE);
            assertThat(event.result()).isEqualTo(SlaResult.MET);
            assertThat(event.elapsed()).isEqualTo(Duration.ofMinutes(50).plusSeconds(1));
        });
    }

    @Test
    void theAeRejectingWithAReasonRecyclesThePersonToTheSdrWithTheReasonInBothCrmsAndTheTrail() {
        handoff.applied(kim, sql());
        int handoffCommands = actions.performed().size();
        leads.put(lead.id(), new LeadAnswers.Answer("Closed - Not Converted", "No budget this year"));

        answers.settled(leadChanged());

        List<WorkflowCommand> recycle = actions.performed().subList(handoffCommands, actions.performed().size());
        assertThat(recycle).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("SetStage", "AssignOwner", "WriteNote");
        assertThat(recycle.get(0)).isEqualTo(new WorkflowCommand.SetStage(kim, FunnelStage.SQL, FunnelStage.WORKING,
                "Rejected by " + ALEX + ": No budget this year"));
        assertThat(((WorkflowCommand.AssignOwner) recycle.get(1)).ownerEmail()).isEqualTo(SAM);
        assertThat(ledger.transitionsOf(kim)).extracting(t -> t.transition().to()).endsWith(FunnelStage.WORKING);
        assertThat(timers.pendingOf(kim)).isEmpty();
        assertThat(audit.all()).filteredOn(e -> e.ruleId().equals("recycle")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Rejected by " + ALEX + ": No budget this year"));
    }

    @Test
    void aRejectWithoutAReasonWaitsForTheReasonAndOtherLeadChangesReadNothing() {
        answers.settled(leadChanged());
        assertThat(audit.all()).as("an MQL is not waiting for an AE").isEmpty();

        handoff.applied(kim, sql());
        int handoffCommands = actions.performed().size();
        leads.put(lead.id(), new LeadAnswers.Answer("Closed - Not Converted", " "));
        answers.settled(leadChanged());

        assertThat(actions.performed()).hasSize(handoffCommands);
        assertThat(ledger.transitionsOf(kim)).extracting(t -> t.transition().to()).endsWith(FunnelStage.SQL);
        assertThat(audit.all()).extracting(AuditEntry::ruleId).contains(AeAnswerStep.WAITING_FOR_REASON_RULE);
    }

    @Test
    void theSecondRejectionFlagsARejectLoop() {
        handoff.applied(kim, sql());
        leads.put(lead.id(), new LeadAnswers.Answer("Closed - Not Converted", "No budget"));
        answers.settled(leadChanged());
        clock.advance(Duration.ofDays(3));
        ledger.record(new PersonTransition(kim, FunnelTransitions.move(FunnelStage.WORKING, FunnelStage.SQL,
                clock.instant(), "qualification.sql", "requalified"), Optional.of(SAM), Optional.of(ALEX)));
        leads.put(lead.id(), new LeadAnswers.Answer("Closed - Not Converted", "Still no budget"));

        answers.settled(leadChanged());

        assertThat(audit.all()).filteredOn(e -> e.ruleId().equals("recycle")).last()
                .satisfies(e -> assertThat(e.details()).containsEntry("rejectLoop", "true")
                        .containsEntry("rejections", "2"));
    }

    @Test
    void theAeMayAnswerInHubSpotWithTheContactsLeadStatusAndReasonProperty() {
        ExternalRef contact = ChangeEvents.hubspotContact("501");
        ids.link(kim, contact);
        handoff.applied(kim, sql());
        leads.put(contact.id(), new LeadAnswers.Answer("UNQUALIFIED", "Wrong segment"));
        leads.put(lead.id(), new LeadAnswers.Answer("Closed - Not Converted", "not read: HubSpot answered"));

        clock.advance(Duration.ofSeconds(1));
        answers.settled(ChangeEvents.polledContact(contact.id(), clock.instant(), Person.builder()
                .with(PersonField.EMAIL, "kim@acme.example").build()));

        assertThat(actions.performed(WorkflowCommand.WriteNote.class)).last().satisfies(note ->
                assertThat(note.body()).isEqualTo("Rejected by " + ALEX + ": Wrong segment"));
        assertThat(ledger.transitionsOf(kim)).extracting(t -> t.transition().to()).endsWith(FunnelStage.WORKING);
    }

    @Test
    void aSalesforceContactsChangeIsNoAnswerAndAHubSpotAnswerIsNotReadWithoutHubSpotRules() {
        rules = rules(RULES.replaceAll("(?s)  hubspot:.*?reject-reason-property: rejection_reason\n", ""));
        ExternalRef contact = ChangeEvents.hubspotContact("502");
        ids.link(kim, contact);
        handoff.applied(kim, sql());
        leads.put(contact.id(), new LeadAnswers.Answer("UNQUALIFIED", "Wrong segment"));

        answers.settled(ChangeEvents.polledContact(contact.id(), clock.instant(), Person.builder().build()));

        assertThat(ledger.transitionsOf(kim)).extracting(t -> t.transition().to()).endsWith(FunnelStage.SQL);
    }

    private io.leadbridge.core.sync.ChangeEvent leadChanged() {
        clock.advance(Duration.ofSeconds(1));
        return ChangeEvents.polledLead(lead.id(), clock.instant(), Person.builder()
                .with(PersonField.EMAIL, "kim@acme.example").build());
    }

    private TriagePlan sql() {
        QualificationDecision decision = new QualificationDecision(QualificationOutcome.SQL, "sql",
                "score 80 and budget, authority answered", 80,
                List.of(new ScoreLine("senior-title", 60, "title contains VP"),
                        new ScoreLine("corporate-email", 20, "corporate domain")),
                Set.of(), LeadSource.INBOUND);
        Map<String, String> bant = new java.util.LinkedHashMap<>();
        bant.put("budget", "40k approved");
        bant.put("authority", "VP Sales");
        bant.put("need", "");
        bant.put("timeline", "Q3");
        return new TriagePlan(Optional.of("Working - Contacted"), Optional.empty(), Optional.of(FunnelTransitions.move(
                FunnelStage.MQL, FunnelStage.SQL, clock.instant(), "qualification.sql", decision.reason())), List.of(),
                Optional.of(decision), bant);
    }

    private static Rules rules(String text) {
        return RulesFile.read(text, "test", Instant.EPOCH);
    }

    private static RoundRobinLedger oneByOne() {
        return (String team, java.time.LocalDate day, Function<Map<String, MemberLoad>, RoundRobinChoice> choose) ->
                choose.apply(Map.of());
    }
}
