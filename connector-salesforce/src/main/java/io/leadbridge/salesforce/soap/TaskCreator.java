package io.leadbridge.salesforce.soap;

import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.MirroredTouch;
import io.leadbridge.salesforce.mapping.TaskRecordMapper;
import java.util.List;

/** Creates one Task per mirrored touch, {@value RecordWriter#MAX_RECORDS_PER_CALL} per call; results in order. */
public final class TaskCreator {

    private final RecordWriter writer;

    public TaskCreator(SalesforceSession session) {
        this.writer = new RecordWriter(session, TaskRecordMapper.TASK);
    }

    public List<WriteResult> create(List<MirroredTouch> touches) {
        return writer.create(touches.stream().map(TaskRecordMapper::toTask).toList());
    }
}
