package io.leadbridge.hubspot;

import io.leadbridge.core.echo.OwnWriteStore;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.WorkflowCommandCarrier;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.ObjectUpdate;
import io.leadbridge.hubspot.mapping.ContactMapper;
import io.leadbridge.hubspot.mapping.ContactWrites;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries workflow commands out on the person's HubSpot contact, so that marketing sees what sales decided: a note
 * engagement on the contact (found again by the command's key line before one is written, so a retry writes none
 * twice), a stage move as the status table's {@code lifecyclestage} and {@code hs_lead_status} (moved back with
 * clear-then-set when HubSpot keeps the later stage), and a return to marketing as the owner cleared plus a note.
 * Every property written is remembered as Leadbridge's own write, so the contact's change that HubSpot reports back
 * is suppressed as an echo instead of being synced as a user's.
 */
public final class HubSpotWorkflowCommands implements WorkflowCommandCarrier {

    static final String OWNER = "hubspot_owner_id";
    static final String LEAD_STATUS = "hs_lead_status";

    private final HubSpotClient client;
    private final ContactNotes notes;
    private final LifecycleStageRewind rewind;
    private final IdMappingStore ids;
    private final StatusMappings statuses;
    private final OwnWriteStore ownWrites;
    private final Clock clock;

    HubSpotWorkflowCommands(HubSpotClient client, IdMappingStore ids, StatusMappings statuses,
                            OwnWriteStore ownWrites, Clock clock) {
        this.client = client;
        this.notes = new ContactNotes(client, clock);
        this.rewind = new LifecycleStageRewind(client);
        this.ids = ids;
        this.statuses = statuses;
        this.ownWrites = ownWrites;
        this.clock = clock;
    }

    @Override
    public void carry(String key, WorkflowCommand command) {
        ExternalRef contact = ids.refIn(command.person(), CrmSystem.HUBSPOT).orElseThrow(() ->
                new SyncFailureException(new SyncFailure.Retriable("NOT_IN_HUBSPOT_YET",
                        "the person has no HubSpot contact yet", "")));
        String label = IdempotencyKeys.label(key);
        if (command instanceof WorkflowCommand.WriteNote note) {
            note(contact, note.title() + "\n\n" + note.body(), label);
        } else if (command instanceof WorkflowCommand.SetStage stage) {
            StatusMapping mapping = statuses.forStage(stage.to()).orElseThrow(() -> new SyncFailureException(
                    new SyncFailure.Permanent("NO_STATUS_FOR_STAGE", "the status table maps no HubSpot lifecycle"
                            + " stage to the stage " + stage.to(), "", List.of(ContactWrites.LIFECYCLE_STAGE))));
            setStage(contact, mapping);
        } else if (command instanceof WorkflowCommand.ReturnToMarketing back) {
            HubSpotObject cleared = update(contact, Map.of(OWNER, ""));
            ownWrites.remember(contact, Map.of(PersonField.OWNER_EMAIL, ""), clock.instant(), versionTime(cleared));
            note(contact, "Leadbridge: returned to marketing\n\n" + back.reason(), label);
        } else {
            throw new SyncFailureException(new SyncFailure.Permanent("UNSUPPORTED_COMMAND", "HubSpot does not carry "
                    + command.getClass().getSimpleName() + " commands", "", List.of()));
        }
    }

    private void note(ExternalRef contact, String text, String label) {
        if (notes.findHolding(contact.id(), label).isEmpty()) {
            notes.create(contact.id(), text + "\n\n" + label);
        }
    }

    private void setStage(ExternalRef contact, StatusMapping mapping) {
        Map<String, String> properties = new LinkedHashMap<>();
        Map<PersonField, String> remembered = new LinkedHashMap<>();
        properties.put(ContactWrites.LIFECYCLE_STAGE, mapping.hubspotLifecycleStage());
        remembered.put(PersonField.LIFECYCLE_STAGE, mapping.hubspotLifecycleStage());
        mapping.hubspotLeadStatus().ifPresent(status -> {
            properties.put(LEAD_STATUS, status);
            remembered.put(PersonField.LEAD_STATUS, status);
        });
        HubSpotObject written = update(contact, properties);
        Optional<Instant> version = versionTime(written);
        if (!mapping.hubspotLifecycleStage().equals(written.properties().get(ContactWrites.LIFECYCLE_STAGE))) {
            LifecycleStageRewind.Outcome moved = rewind.rewind(Map.of(contact.id(), mapping.hubspotLifecycleStage()))
                    .get(contact.id());
            if (moved instanceof LifecycleStageRewind.Outcome.NotMoved notMoved) {
                throw new SyncFailureException(notMoved.failure());
            }
            if (moved instanceof LifecycleStageRewind.Outcome.Moved set) {
                version = set.modifiedAt();
            }
        }
        ownWrites.remember(contact, remembered, clock.instant(), version);
    }

    /** HubSpot's time of the contact version a write produced, so that older versions are not taken for overwrites. */
    private static Optional<Instant> versionTime(HubSpotObject contact) {
        return ContactMapper.modifiedAt(contact.properties(), contact.updatedAt());
    }

    private HubSpotObject update(ExternalRef contact, Map<String, String> properties) {
        BatchResult<HubSpotObject> answer = client.batchUpdate(CrmObjectType.CONTACTS,
                new BatchInput<>(List.of(new ObjectUpdate(contact.id(), properties))));
        return answer.results().stream().filter(c -> c.id().equals(contact.id())).findFirst().orElseThrow(() ->
                new SyncFailureException(HubSpotContactSink.failureFor(answer, contact.id(), null).orElse(
                        new SyncFailure.Retriable("NO_RESULT", "HubSpot answered the contact update without a"
                                + " result for this contact", ""))));
    }
}
