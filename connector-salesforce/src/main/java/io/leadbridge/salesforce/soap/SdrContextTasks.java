package io.leadbridge.salesforce.soap;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.ChunkedWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextSink;
import io.leadbridge.salesforce.mapping.TaskRecordMapper;
import java.util.List;
import java.util.Optional;

/**
 * Creates, finds and rewrites the Task that holds a person's SDR-context note: one record per call, except
 * {@link #createAll} and {@link #updateAll}, which write up to 200 notes per call.
 */
public final class SdrContextTasks {

    private final RecordWriter writer;
    private final TaskByKey byKey;

    public SdrContextTasks(SalesforceSession session) {
        this.writer = new RecordWriter(session, TaskRecordMapper.TASK);
        this.byKey = new TaskByKey(session);
    }

    /** The SDR-context Task on the note's Lead or Contact whose Comments name the note's key, if there is one. */
    public Optional<ExternalRef> find(SdrContextNote note) {
        return byKey.find(note.targetPerson().id(), note.idempotencyKey(), Optional.of(SdrContextNote.TITLE));
    }

    public WriteResult create(SdrContextNote note) {
        return writer.create(List.of(TaskRecordMapper.sdrContextTask(note))).get(0);
    }

    /**
     * Creates several notes' Tasks, 200 per {@code create} call; one result per note, in input order. When a later call
     * fails without writing, the Tasks created by the earlier ones keep their results and the rest fail with it.
     */
    public List<WriteResult> createAll(List<SdrContextNote> notes) {
        return ChunkedWrite.of(notes, RecordWriter.MAX_RECORDS_PER_CALL, chunk ->
                writer.create(chunk.stream().map(TaskRecordMapper::sdrContextTask).toList()));
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
