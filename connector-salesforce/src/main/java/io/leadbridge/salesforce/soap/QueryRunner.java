package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Runs one SOQL query ({@code query}, or {@code queryAll} to include deleted records) and follows
 * {@code queryMore} until Salesforce is done or {@code maxRows} rows are read. Pages hold up to
 * {@link SalesforceSession#QUERY_BATCH_SIZE} rows (the {@code QueryOptions} header), so a read of that many rows
 * costs one call.
 */
public final class QueryRunner {

    private final SalesforceSession session;

    public QueryRunner(SalesforceSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public List<SObject> query(String soql, int maxRows) {
        return run(soql, maxRows, false);
    }

    public List<SObject> queryAll(String soql, int maxRows) {
        return run(soql, maxRows, true);
    }

    /** The row count of a {@code SELECT COUNT() ...} query. */
    public int count(String soql) {
        return session.call(c -> c.query(soql)).getSize();
    }

    private List<SObject> run(String soql, int maxRows, boolean includeDeleted) {
        QueryResult page = session.call(c -> includeDeleted ? c.queryAll(soql) : c.query(soql));
        List<SObject> rows = new ArrayList<>(rows(page));
        while (!page.isDone() && rows.size() < maxRows && page.getQueryLocator() != null) {
            String locator = page.getQueryLocator();
            page = session.call(c -> c.queryMore(locator));
            rows.addAll(rows(page));
        }
        return rows.size() > maxRows ? List.copyOf(rows.subList(0, maxRows)) : rows;
    }

    private static List<SObject> rows(QueryResult page) {
        return page.getRecords() == null ? List.of() : Arrays.asList(page.getRecords());
    }
}
