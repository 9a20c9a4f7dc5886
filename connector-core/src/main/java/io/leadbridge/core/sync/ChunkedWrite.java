package io.leadbridge.core.sync;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A write of more records than one CRM call takes, made in several calls. When a later call fails in a way that wrote
 * nothing (a rate limit, a refusal), the records the earlier calls wrote keep their results and the rest fail with
 * that failure: thrown instead, the failure would tell the caller that nothing was written, and the retry would write
 * the earlier records a second time. A failure that may have written ({@link SyncFailure.Retriable}) is thrown, as is
 * any failure of the first call.
 */
public final class ChunkedWrite {

    private ChunkedWrite() {
    }

    /**
     * @param call writes one chunk of at most {@code chunkSize} records; one result per record, in order
     * @return one result per record, in input order
     */
    public static <T> List<WriteResult> of(List<T> records, int chunkSize, Function<List<T>, List<WriteResult>> call) {
        List<WriteResult> results = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += chunkSize) {
            try {
                results.addAll(call.apply(records.subList(from, Math.min(records.size(), from + chunkSize))));
            } catch (SyncFailureException failed) {
                if (failed.failure() instanceof SyncFailure.Retriable || results.isEmpty()) {
                    throw failed;
                }
                while (results.size() < records.size()) {
                    results.add(new WriteResult.Failed(failed.failure()));
                }
                break;
            }
        }
        return results;
    }
}
