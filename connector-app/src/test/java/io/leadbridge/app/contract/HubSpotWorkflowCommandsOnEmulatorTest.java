package io.leadbridge.app.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.testing.InMemoryIdMappingStore;
import io.leadbridge.core.testing.InMemoryOwnWriteStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.WorkflowCommandCarrier;
import io.leadbridge.core.workflow.handoff.LeadAnswers;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.hubspot.HubSpotSettings;
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotEmulatorOptions;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.PropertyDefinition;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HubSpot workflow command carrier against a running {@link HubSpotEmulator}: a recycle moves the contact's
 * lifecycle stage back (HubSpot keeps a later stage on a plain update), notes are written once per command key, a
 * return to marketing clears the owner, and every property written is remembered as Leadbridge's own; an AE's
 * answer is read from the contact's lead status and reason property.
 */
class HubSpotWorkflowCommandsOnEmulatorTest {

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-25T10:15:00Z"));
    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final InMemoryOwnWriteStore ownWrites = new InMemoryOwnWriteStore();
    private final StatusMappings statuses = StatusMappings.validate("statuses", List.of(
            new StatusMapping(FunnelStage.WORKING, "lead", Optional.of("IN_PROGRESS"), Optional.empty()),
            new StatusMapping(FunnelStage.SQL, "salesqualifiedlead", Optional.empty(), Optional.empty())));
    private final PersonId kim = PersonId.newId();
    private HubSpotEmulator emulator;
    private WorkflowCommandCarrier carrier;
    private LeadAnswers answers;
    private ExternalRef contact;

    @BeforeEach
    void kimIsASalesQualifiedContactOwnedByMarketing() {
        emulator = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().port(0).clock(clock).build());
        HubSpotAdapter adapter = HubSpotAdapter.connect(new HubSpotSettings(URI.create(emulator.baseUrl()),
                HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN, HubSpotSettings.DEFAULT_API_VERSION,
                Duration.ofSeconds(2), Duration.ofSeconds(10)), clock);
        carrier = adapter.workflowCommands(ids, statuses, ownWrites, clock);
        answers = adapter.leadAnswers();
        long owner = emulator.createOwner("mia@leadbridge-marketing.example", "Mia", "Marketing", "Marketing").id();
        long id = emulator.create(ObjectType.CONTACTS, Map.of("email", "kim@fjordline.example",
                "lifecyclestage", "salesqualifiedlead", "hubspot_owner_id", String.valueOf(owner))).id();
        contact = new ExternalRef(CrmSystem.HUBSPOT, "contact", String.valueOf(id));
        ids.link(kim, contact);
    }

    @AfterEach
    void stopPortal() {
        emulator.close();
    }

    @Test
    void aRecycleMovesTheLifecycleStageBackAndRemembersItAsLeadbridgesOwnWrite() {
        carrier.carry(key(0), new WorkflowCommand.SetStage(kim, FunnelStage.SQL, FunnelStage.WORKING, "rejected"));

        assertThat(kimInHubSpot().property("lifecyclestage")).contains("lead");
        assertThat(kimInHubSpot().property("hs_lead_status")).contains("IN_PROGRESS");
        assertThat(ownWrites.lastWritten(contact)).containsKeys(PersonField.LIFECYCLE_STAGE, PersonField.LEAD_STATUS);
        assertThat(ownWrites.lastWritten(contact).get(PersonField.LIFECYCLE_STAGE).crmModifiedAt())
                .as("HubSpot's time of the version the set produced")
                .contains(Instant.parse(kimInHubSpot().property("lastmodifieddate").orElseThrow()));
    }

    @Test
    void aNoteIsWrittenOnceForItsCommandEvenWhenTheCommandIsCarriedAgain() {
        WorkflowCommand.WriteNote note = new WorkflowCommand.WriteNote(kim, "Leadbridge: AE rejected the handoff",
                "Rejected by alex@leadbridge-sales.example: no budget");

        carrier.carry(key(1), note);
        carrier.carry(key(1), note);

        assertThat(notesOnKim()).singleElement().satisfies(body -> assertThat(body)
                .startsWith("Leadbridge: AE rejected the handoff").contains("no budget", IdempotencyKeys.label(key(1))));
    }

    @Test
    void aReturnToMarketingClearsTheOwnerAndLeavesANoteWithTheReason() {
        carrier.carry(key(2), new WorkflowCommand.ReturnToMarketing(kim, "Cadence ended without a reply"));

        assertThat(kimInHubSpot().property("hubspot_owner_id").filter(owner -> !owner.isBlank())).isEmpty();
        assertThat(notesOnKim()).singleElement().satisfies(body -> assertThat(body)
                .startsWith("Leadbridge: returned to marketing").contains("Cadence ended without a reply"));
        assertThat(ownWrites.lastWritten(contact)).containsKey(PersonField.OWNER_EMAIL);
    }

    @Test
    void aPersonWithoutAContactYetIsTriedAgainLaterAndAStageTheTableLacksIsRefused() {
        assertThatThrownBy(() -> carrier.carry(key(3), new WorkflowCommand.ReturnToMarketing(PersonId.newId(),
                "breakup"))).isInstanceOfSatisfying(SyncFailureException.class, e ->
                assertThat(e.failure()).isInstanceOf(SyncFailure.Retriable.class));
        assertThatThrownBy(() -> carrier.carry(key(4), new WorkflowCommand.SetStage(kim, FunnelStage.SQL,
                FunnelStage.SAL, "accepted"))).isInstanceOfSatisfying(SyncFailureException.class, e ->
                assertThat(e.failure().code()).isEqualTo("NO_STATUS_FOR_STAGE"));
    }

    @Test
    void anAesAnswerIsReadFromTheContactsLeadStatusAndReasonProperty() {
        emulator.defineProperty(ObjectType.CONTACTS, PropertyDefinition.customText("rejection_reason",
                "Rejection reason", false));
        emulator.update(ObjectType.CONTACTS, Long.parseLong(contact.id()), Map.of("hs_lead_status", "UNQUALIFIED",
                "rejection_reason", "Wrong segment"));

        assertThat(answers.read(contact, Optional.of("rejection_reason")))
                .isEqualTo(new LeadAnswers.Answer("UNQUALIFIED", "Wrong segment"));
        assertThat(answers.read(contact, Optional.empty())).isEqualTo(new LeadAnswers.Answer("UNQUALIFIED", ""));
    }

    private HubSpotRecord kimInHubSpot() {
        return emulator.record(ObjectType.CONTACTS, Long.parseLong(contact.id())).orElseThrow();
    }

    private List<String> notesOnKim() {
        return emulator.records(ObjectType.NOTES).stream()
                .filter(n -> emulator.associatedIds(ObjectType.NOTES, n.id(), ObjectType.CONTACTS)
                        .contains(Long.parseLong(contact.id())))
                .map(n -> n.property("hs_note_body").orElse("")).toList();
    }

    private static String key(int position) {
        return IdempotencyKeys.workflowCommandOf("test-batch", position);
    }
}
