package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.mapping.SaveResultMapper;
import io.leadbridge.salesforce.mapping.UpsertResultMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sends creates, updates and upserts of one sObject type in calls of at most {@value #MAX_RECORDS_PER_CALL}
 * records, and returns one {@link WriteResult} per record in input order: a record Salesforce rejects is a
 * {@link WriteResult.Failed} with its status code, message and fields, the others are written (the partner API
 * commits each successful row unless an {@code AllOrNoneHeader} is set, which this class never sets).
 *
 * <p>A whole call that fails throws {@link SyncFailureException}; results of calls made before it are lost to the
 * caller, and their records are written again, idempotently, when the caller retries.
 */
public final class RecordWriter {

    public static final int MAX_RECORDS_PER_CALL = 200;

    private final SalesforceSession session;
    private final String objectType;

    public RecordWriter(SalesforceSession session, String objectType) {
        this.session = Objects.requireNonNull(session, "session");
        this.objectType = Objects.requireNonNull(objectType, "objectType");
    }

    public List<WriteResult> create(List<SObject> records) {
        return inCalls(records, chunk -> {
            SaveResult[] answers = session.call(c -> c.create(chunk));
            return map(answers, chunk.length, answer -> SaveResultMapper.toWriteResult(objectType, answer, true));
        });
    }

    public List<WriteResult> update(List<SObject> records) {
        return inCalls(records, chunk -> {
            SaveResult[] answers = session.call(c -> c.update(chunk));
            return map(answers, chunk.length, answer -> SaveResultMapper.toWriteResult(objectType, answer, false));
        });
    }

    public List<WriteResult> upsert(String externalIdField, List<SObject> records) {
        UpsertResultMapper mapper = new UpsertResultMapper(objectType);
        return inCalls(records, chunk -> {
            UpsertResult[] answers = session.call(c -> c.upsert(externalIdField, chunk));
            return map(answers, chunk.length, mapper::toWriteResult);
        });
    }

    private static List<WriteResult> inCalls(List<SObject> records, Function<SObject[], List<WriteResult>> call) {
        List<WriteResult> results = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += MAX_RECORDS_PER_CALL) {
            SObject[] chunk = records.subList(from, Math.min(records.size(), from + MAX_RECORDS_PER_CALL))
                    .toArray(SObject[]::new);
            results.addAll(call.apply(chunk));
        }
        return results;
    }

    private static <R> List<WriteResult> map(R[] answers, int sent, Function<R, WriteResult> mapper) {
        if (answers == null || answers.length != sent) {
            throw new SyncFailureException(new SyncFailure.Permanent("UNEXPECTED_RESPONSE",
                    "Salesforce returned " + (answers == null ? 0 : answers.length) + " results for " + sent
                            + " records", "", List.of()));
        }
        List<WriteResult> results = new ArrayList<>(sent);
        for (R answer : answers) {
            results.add(mapper.apply(answer));
        }
        return results;
    }
}
