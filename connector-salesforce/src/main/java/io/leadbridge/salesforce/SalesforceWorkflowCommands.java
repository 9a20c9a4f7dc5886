package io.leadbridge.salesforce;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.triage.LeadAssignments;
import io.leadbridge.core.workflow.WorkflowCommand;
import io.leadbridge.core.workflow.WorkflowCommandCarrier;
import io.leadbridge.salesforce.soap.SalesforceWorkflowTasks;
import io.leadbridge.salesforce.soap.LeadConverter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Carries workflow commands out on the person's Salesforce record: tasks, escalations and notes as Tasks (each
 * with the command's Leadbridge key line), owner and status changes on the Lead, and Lead conversion. HubSpot's
 * side of notes and stage moves, and a return to marketing, are carried by the HubSpot adapter (ADR 0021).
 * Commands this version cannot carry out here ({@code Reassign}, and owner or status changes on a converted person)
 * fail permanently with a message that says so, so they are parked for an admin, not lost.
 */
public final class SalesforceWorkflowCommands implements WorkflowCommandCarrier {

    private final IdMappingStore ids;
    private final SalesforceWorkflowTasks tasks;
    private final LeadAssignments leads;
    private final StatusMappings statuses;
    private final Optional<LeadConverter> converter;
    private final Clock clock;

    SalesforceWorkflowCommands(IdMappingStore ids, SalesforceWorkflowTasks tasks, LeadAssignments leads,
                        StatusMappings statuses, Optional<LeadConverter> converter, Clock clock) {
        this.ids = ids;
        this.tasks = tasks;
        this.leads = leads;
        this.statuses = statuses;
        this.converter = converter;
        this.clock = clock;
    }

    @Override
    public void carry(String key, WorkflowCommand command) {
        ExternalRef record = salesforceRecordOf(command.person());
        String keyLine = "\n\n" + IdempotencyKeys.label(key);
        if (command instanceof WorkflowCommand.CreateTask task) {
            tasks.openTask(record, task.ownerEmail(), task.subject(), task.description() + keyLine, task.due());
        } else if (command instanceof WorkflowCommand.Escalate escalate) {
            tasks.openTask(record, escalate.managerEmail(), "Leadbridge: SLA missed by " + escalate.ownerEmail(),
                    escalate.reason() + keyLine, clock.instant());
        } else if (command instanceof WorkflowCommand.WriteNote note) {
            tasks.note(record, note.title(), note.body() + keyLine, clock.instant());
        } else if (command instanceof WorkflowCommand.AssignOwner assign) {
            leads.apply(lead(record, "the owner"), Optional.empty(), Optional.of(assign.ownerEmail()));
        } else if (command instanceof WorkflowCommand.SetStage stage) {
            String status = statuses.forStage(stage.to()).flatMap(StatusMapping::salesforceLeadStatus)
                    .orElseThrow(() -> refused("NO_STATUS_FOR_STAGE", "the status table maps no Salesforce Lead"
                            + " status to the stage " + stage.to(), "Status"));
            leads.apply(lead(record, "the status"), Optional.of(status), Optional.empty());
        } else if (command instanceof WorkflowCommand.ConvertLead convert) {
            convert(lead(record, "a conversion"), convert.createOpportunity());
        } else {
            throw refused("UNSUPPORTED_COMMAND", "Leadbridge does not carry out " + command.getClass().getSimpleName()
                    + " commands in the CRMs in this version; do it by hand and dismiss the command", "");
        }
    }

    private void convert(ExternalRef lead, boolean createOpportunity) {
        LeadConverter leadConverter = converter.orElseThrow(() -> refused("CONVERTED_STATUS_NOT_SET",
                "connector.salesforce.converted-status is not set, so Leads cannot be converted", "Status"));
        WriteResult result = leadConverter.convert(List.of(lead.id()), createOpportunity).get(0);
        if (result instanceof WriteResult.Failed failed) {
            throw new SyncFailureException(failed.failure());
        }
    }

    private ExternalRef salesforceRecordOf(PersonId person) {
        return ids.refIn(person, CrmSystem.SALESFORCE).orElseThrow(() -> new SyncFailureException(
                new SyncFailure.Retriable("NOT_IN_SALESFORCE_YET", "the person has no Salesforce record yet", "")));
    }

    private static ExternalRef lead(ExternalRef record, String what) {
        if (!"Lead".equals(record.objectType())) {
            throw refused("NOT_A_LEAD", "Leadbridge changes " + what + " only of a Salesforce Lead; the person is a "
                    + record.objectType(), "");
        }
        return record;
    }

    private static SyncFailureException refused(String code, String message, String field) {
        return new SyncFailureException(new SyncFailure.Permanent(code, message, "",
                field.isEmpty() ? List.of() : List.of(field)));
    }
}
