package io.leadbridge.salesforce.soap;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextSink;
import io.leadbridge.salesforce.mapping.TaskRecordMapper;
import io.leadbridge.salesforce.soql.Soql;
import java.util.List;
import java.util.Optional;

/**
 * Creates, finds and rewrites the Task that holds a person's SDR-context note: one record per call, except
 * {@link #updateAll}, which rewrites up to 200 notes per call.
 */
public final class SdrContextTasks {

    /** SDR-context Tasks read on one person when looking for a note whose create was not confirmed. */
    private static final int MAX_NOTES_READ = 200;

    private final RecordWriter writer;
    private final QueryRunner queries;

    public SdrContextTasks(SalesforceSession session) {
        this.writer = new RecordWriter(session, TaskRecordMapper.TASK);
        this.queries = new QueryRunner(session);
    }

    /** The SDR-context Task on the note's Lead or Contact whose Comments name the note's key, if there is one. */
    public Optional<ExternalRef> find(SdrContextNote note) {
        String soql = "SELECT Id, Description FROM Task WHERE WhoId = " + Soql.id(note.targetPerson().id())
                + " AND Subject = " + Soql.text(SdrContextNote.TITLE) + " ORDER BY Id";
        String label = IdempotencyKeys.label(note.idempotencyKey());
        return queries.query(soql, MAX_NOTES_READ).stream()
                .filter(task -> String.valueOf(task.getField("Description")).contains(label)).findFirst()
                .map(task -> new ExternalRef(CrmSystem.SALESFORCE, TaskRecordMapper.TASK, task.getId()));
    }

    public WriteResult create(SdrContextNote note) {
        return writer.create(List.of(TaskRecordMapper.sdrContextTask(note))).get(0);
    }

    public WriteResult update(ExternalRef task, SdrContextNote note) {
        return writer.update(List.of(TaskRecordMapper.sdrContextUpdate(task.id(), note))).get(0);
    }

    /** Rewrites several notes' Tasks, 200 per {@code update} call; one result per note, in input order. */
    public List<WriteResult> updateAll(List<SdrContextSink.Rewrite> rewrites) {
        return writer.update(rewrites.stream()
                .map(rewrite -> TaskRecordMapper.sdrContextUpdate(rewrite.noteRecord().id(), rewrite.note()))
                .toList());
    }
}
