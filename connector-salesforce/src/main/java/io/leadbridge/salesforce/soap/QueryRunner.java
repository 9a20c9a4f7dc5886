package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import java.util.ArrayList;
import io.leadbridge.salesforce.soql.ChangeQuery;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Runs one SOQL query ({@code query}, or {@code queryAll} to include deleted records) and follows
 * {@code queryMore} until Salesforce is done or {@code maxRows} rows are read. Pages hold up to
 * {@link SalesforceSession#QUERY_BATCH_SIZE} rows (the {@code QueryOptions} header), so a read of that many rows
 * costs one call.
 */
public final class QueryRunner {

    /** Ids per {@link #byIds} query: a SOQL {@code IN} list of 200 ids stays well inside the query length limit. */
    static final int IDS_PER_QUERY = 200;

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

    /**
     * The named records of {@code object} with {@code fields} (and {@code Id}, {@code SystemModstamp}), one query per
     * 200 distinct ids; ids the org no longer has are left out.
     */
    public List<SObject> byIds(String object, List<String> fields, List<String> recordIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(recordIds));
        List<SObject> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            found.addAll(query(ChangeQuery.byIds(object, fields, chunk), chunk.size()));
        }
        return found;
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
