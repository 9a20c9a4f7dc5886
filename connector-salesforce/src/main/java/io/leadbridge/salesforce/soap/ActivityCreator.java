package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.MirroredTouch;
import io.leadbridge.salesforce.mapping.EventRecordMapper;
import io.leadbridge.salesforce.mapping.SaveResultMapper;
import io.leadbridge.salesforce.mapping.TaskRecordMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Creates one Event per mirrored meeting and one Task per other touch, up to
 * {@value RecordWriter#MAX_RECORDS_PER_CALL} per call, and returns the results in input order.
 *
 * <p>Tasks and Events of one chunk go in <em>one</em> {@code create} call, Tasks first and Events after (two of the
 * ten type chunks a call may hold), so a call either answers for every touch it carries or fails as a whole:
 * splitting them in two calls would lose the first call's results when the second failed, and a caller would then
 * write its Tasks again.
 */
public final class ActivityCreator {

    private final SalesforceSession session;

    public ActivityCreator(SalesforceSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public List<WriteResult> create(List<MirroredTouch> touches) {
        List<WriteResult> results = new ArrayList<>(touches.size());
        for (int from = 0; from < touches.size(); from += RecordWriter.MAX_RECORDS_PER_CALL) {
            results.addAll(createChunk(touches.subList(from,
                    Math.min(touches.size(), from + RecordWriter.MAX_RECORDS_PER_CALL))));
        }
        return results;
    }

    private List<WriteResult> createChunk(List<MirroredTouch> chunk) {
        List<Integer> order = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            if (!isMeeting(chunk.get(i))) {
                order.add(i);
            }
        }
        for (int i = 0; i < chunk.size(); i++) {
            if (isMeeting(chunk.get(i))) {
                order.add(i);
            }
        }
        SObject[] records = order.stream().map(chunk::get).map(ActivityCreator::record).toArray(SObject[]::new);
        SaveResult[] answers = session.call(c -> c.create(records));
        if (answers == null || answers.length != records.length) {
            throw new SyncFailureException(new SyncFailure.Permanent("UNEXPECTED_RESPONSE",
                    "Salesforce returned " + (answers == null ? 0 : answers.length) + " results for "
                            + records.length + " records", "", List.of()));
        }
        WriteResult[] results = new WriteResult[chunk.size()];
        for (int sent = 0; sent < records.length; sent++) {
            results[order.get(sent)] = SaveResultMapper.toWriteResult(records[sent].getType(), answers[sent], true);
        }
        return Arrays.asList(results);
    }

    private static boolean isMeeting(MirroredTouch touch) {
        return touch.touch().channel() == Touch.TouchChannel.MEETING;
    }

    private static SObject record(MirroredTouch touch) {
        return isMeeting(touch) ? EventRecordMapper.toEvent(touch) : TaskRecordMapper.toTask(touch);
    }
}
