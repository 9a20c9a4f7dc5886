package io.leadbridge.sandbox.salesforce.soql;

import io.leadbridge.sandbox.salesforce.store.ApiError;
import io.leadbridge.sandbox.salesforce.store.SalesforceIds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-side query cursors for {@code queryMore}. A locator reads {@code <cursor id>-<offset>} like
 * Salesforce's ({@code 01g5g0000000001AAA-500}); the batch size is fixed when the query runs. A finished cursor
 * is closed; at most {@link #MAX_OPEN} stay open, the oldest closed first. Thread-safe.
 */
public final class QueryCursors {

    /** Open cursors kept before the oldest is dropped. */
    public static final int MAX_OPEN = 100;

    /** One page of a query: its rows, whether it is the last, the locator of the next page and the total size. */
    public record Page(List<QueryRow> rows, boolean done, String locator, int size) {
    }

    private record Cursor(List<QueryRow> rows, int batchSize) {
    }

    private final SalesforceIds ids = new SalesforceIds();
    private final Map<String, Cursor> open = new LinkedHashMap<>();

    /** The first page of {@code result}. */
    public Page first(QueryEvaluator.Result result, int batchSize) {
        Cursor cursor = new Cursor(result.rows(), batchSize);
        if (result.rows().size() <= batchSize) {
            return new Page(result.rows(), true, null, result.size());
        }
        String id = ids.next("01g");
        synchronized (open) {
            open.put(id, cursor);
            if (open.size() > MAX_OPEN) {
                open.remove(open.keySet().iterator().next());
            }
        }
        return page(id, cursor, 0);
    }

    /**
     * The page at {@code locator}.
     *
     * @throws ApiError {@code INVALID_QUERY_LOCATOR} for an unknown, closed or malformed locator
     */
    public Page more(String locator) {
        int dash = locator == null ? -1 : locator.lastIndexOf('-');
        if (dash < 0 || !locator.substring(dash + 1).matches("\\d{1,9}")) {
            throw invalid();
        }
        String id = locator.substring(0, dash);
        int offset = Integer.parseInt(locator.substring(dash + 1));
        Cursor cursor;
        synchronized (open) {
            cursor = open.get(id);
        }
        if (cursor == null || offset >= cursor.rows().size()) {
            throw invalid();
        }
        return page(id, cursor, offset);
    }

    private Page page(String id, Cursor cursor, int offset) {
        int end = Math.min(offset + cursor.batchSize(), cursor.rows().size());
        boolean done = end == cursor.rows().size();
        if (done) {
            synchronized (open) {
                open.remove(id);
            }
        }
        return new Page(cursor.rows().subList(offset, end), done, done ? null : id + "-" + end, cursor.rows().size());
    }

    private static ApiError invalid() {
        return new ApiError("INVALID_QUERY_LOCATOR", ApiError.Kind.INVALID_QUERY_LOCATOR, "invalid query locator", 0,
                0);
    }
}
