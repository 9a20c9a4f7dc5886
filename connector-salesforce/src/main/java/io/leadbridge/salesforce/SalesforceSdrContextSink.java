package io.leadbridge.salesforce;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextSink;
import io.leadbridge.salesforce.mapping.TaskRecordMapper;
import io.leadbridge.salesforce.mapping.TextLimits;
import io.leadbridge.salesforce.soap.RecordWriter;
import io.leadbridge.salesforce.soap.SalesforceSession;
import java.util.List;
import java.util.Objects;

/**
 * The SDR-context note on a Salesforce Lead or Contact: one completed Task titled {@link SdrContextNote#TITLE} whose
 * Comments are the summary followed by its Leadbridge key line, rewritten in place ({@code update} of Description).
 */
public final class SalesforceSdrContextSink implements SdrContextSink {

    private final RecordWriter tasks;

    public SalesforceSdrContextSink(SalesforceSession session) {
        this.tasks = new RecordWriter(Objects.requireNonNull(session, "session"), TaskRecordMapper.TASK);
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public ExternalRef create(SdrContextNote note) {
        SObject task = new SObject(TaskRecordMapper.TASK);
        task.setField("WhoId", note.targetPerson().id());
        task.setField("Subject", SdrContextNote.TITLE);
        task.setField("Status", "Completed");
        task.setField("Priority", "Normal");
        task.setField("Description", description(note));
        return written(tasks.create(List.of(task)));
    }

    @Override
    public void update(ExternalRef noteRecord, SdrContextNote note) {
        SObject task = new SObject(TaskRecordMapper.TASK);
        task.setId(noteRecord.id());
        task.setField("Description", description(note));
        written(tasks.update(List.of(task)));
    }

    private static ExternalRef written(List<WriteResult> results) {
        WriteResult result = results.get(0);
        if (result instanceof WriteResult.Failed failed) {
            throw new SyncFailureException(failed.failure());
        }
        return ((WriteResult.Written) result).target();
    }

    private static String description(SdrContextNote note) {
        return TextLimits.truncate(note.text() + "\n" + IdempotencyKeys.label(note.idempotencyKey()),
                TextLimits.LONG_TEXT);
    }
}
