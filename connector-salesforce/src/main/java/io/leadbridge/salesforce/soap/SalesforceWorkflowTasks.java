package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.mapping.TextLimits;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the SDR workflow's Tasks on a Lead or Contact: an open Task for a user (a reminder, an overdue SLA, an
 * escalation), due on a date, and a completed Task that serves as a note (the handoff note, a rejection). A Task has
 * no external id: callers put their Leadbridge key line in the description and do not resend a confirmed write. An
 * owner email with no single active User, or a refused Task, fails permanently naming the field.
 */
public final class SalesforceWorkflowTasks {

    private static final String TASK = "Task";
    private static final Set<String> WHO_TYPES = Set.of("Lead", "Contact");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final RecordWriter writer;
    private final Lookups lookups;

    public SalesforceWorkflowTasks(SalesforceSession session, Lookups lookups) {
        this.writer = new RecordWriter(Objects.requireNonNull(session, "session"), TASK);
        this.lookups = Objects.requireNonNull(lookups, "lookups");
    }

    /** An open Task on {@code who} for the active User with {@code ownerEmail}, due on {@code due}'s UTC date. */
    public ExternalRef openTask(ExternalRef who, String ownerEmail, String subject, String description, Instant due) {
        SObject task = task(who, subject, description, due);
        task.setField("Status", "Not Started");
        task.setField("OwnerId", lookups.ownerByEmail(ownerEmail).orElseThrow(() -> new SyncFailureException(
                new SyncFailure.Permanent("OWNER_NOT_FOUND", "no single active Salesforce User has the task owner's"
                        + " email " + ownerEmail, "", List.of("OwnerId")))).id());
        return write(task);
    }

    /** A completed Task on {@code who} dated {@code at}: the note. */
    public ExternalRef note(ExternalRef who, String subject, String description, Instant at) {
        SObject task = task(who, subject, description, at);
        task.setField("Status", "Completed");
        return write(task);
    }

    private static SObject task(ExternalRef who, String subject, String description, Instant date) {
        if (who.system() != CrmSystem.SALESFORCE || !WHO_TYPES.contains(who.objectType())) {
            throw new IllegalArgumentException("a Task is written on a Salesforce Lead or Contact, not on " + who);
        }
        SObject task = new SObject(TASK);
        task.setField("WhoId", who.id());
        task.setField("Subject", TextLimits.truncate(subject, TextLimits.SUBJECT));
        task.setField("Description", TextLimits.truncate(description, TextLimits.LONG_TEXT));
        task.setField("Priority", "Normal");
        task.setField("ActivityDate", DATE.format(date));
        return task;
    }

    private ExternalRef write(SObject task) {
        WriteResult result = writer.create(List.of(task)).get(0);
        if (result instanceof WriteResult.Written written) {
            return written.target();
        }
        throw new SyncFailureException(((WriteResult.Failed) result).failure());
    }
}
