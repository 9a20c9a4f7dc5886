package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write-ahead intent table (ADR 0032), shared by the people and company echo memories: field values about to be
 * written, as fingerprints, by the source record whose change they belong to, until that change is settled. A
 * create's target is found by the fingerprint of the key it carries: a person's email in {@code own_write_intent}
 * (V23), a company's domain in {@code company_write_intent} (V25). Field keys are the stores' own.
 */
final class WriteIntentRows {

    private static final int ROWS_PER_INSERT = 50;

    /**
     * One intended value.
     *
     * @param target  the record being updated; empty for a create
     * @param foundBy the fingerprint of the key a create's record is found by (email, domain), when the write has one
     */
    record Row(ExternalRef source, Optional<ExternalRef> target, Optional<ValueFingerprint> foundBy, String fieldKey,
               ValueFingerprint fingerprint, Instant intendedAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String table;
    private final String foundByColumn;
    private final String columns;
    private final int columnCount;

    private WriteIntentRows(JdbcClient jdbc, TransactionTemplate tx, String table, String foundByColumn) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.table = table;
        this.foundByColumn = foundByColumn;
        this.columns = "source_system, source_type, source_id, field_key, fingerprint, target_system, target_type,"
                + " target_id, " + foundByColumn + ", intended_at";
        this.columnCount = columns.split(",").length;
    }

    /** {@code own_write_intent}: people, a create found by its email. */
    static WriteIntentRows people(JdbcClient jdbc, TransactionTemplate tx) {
        return new WriteIntentRows(jdbc, tx, "own_write_intent", "email_fingerprint");
    }

    /** {@code company_write_intent}: companies, a create found by its domain. */
    static WriteIntentRows companies(JdbcClient jdbc, TransactionTemplate tx) {
        return new WriteIntentRows(jdbc, tx, "company_write_intent", "domain_fingerprint");
    }

    /**
     * Stores {@code rows} in one transaction; a row already stored for its source, field and value gets the new
     * target, key and time. Per source, the rows it holds are read once, and the new ones are inserted
     * {@value #ROWS_PER_INSERT} to a statement: each intended field of a create was an UPDATE finding no row and then
     * an INSERT.
     */
    void intend(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<ExternalRef, Map<String, Row>> bySource = new LinkedHashMap<>();
        rows.forEach(row -> bySource.computeIfAbsent(row.source(), source -> new LinkedHashMap<>())
                .put(intentKey(row.fieldKey(), row.fingerprint().hex()), row));
        tx.executeWithoutResult(status -> {
            List<Row> fresh = new ArrayList<>();
            bySource.forEach((source, intended) -> {
                Set<String> stored = storedKeys(source);
                intended.forEach((key, row) -> {
                    if (stored.contains(key)) {
                        update(row);
                    } else {
                        fresh.add(row);
                    }
                });
            });
            for (int from = 0; from < fresh.size(); from += ROWS_PER_INSERT) {
                insert(fresh.subList(from, Math.min(fresh.size(), from + ROWS_PER_INSERT)));
            }
        });
    }

    /** A source's intent is one per field and value: what {@link #intend} and the stored rows are matched by. */
    private static String intentKey(String fieldKey, String fingerprintHex) {
        return fieldKey + " " + fingerprintHex;
    }

    private Set<String> storedKeys(ExternalRef source) {
        return new HashSet<>(jdbc.sql("SELECT field_key, fingerprint FROM " + table
                        + " WHERE source_system = ? AND source_type = ? AND source_id = ?")
                .params(source.system().name(), source.objectType(), source.id())
                .query((rs, rowNum) -> intentKey(rs.getString("field_key"), rs.getString("fingerprint")))
                .list());
    }

    /**
     * The rows aimed at {@code record} by its id, and the creates in its CRM carrying {@code foundBy}; callers narrow
     * the creates to the record's object type.
     *
     * <p>The creates are picked out here, not with {@code target_id IS NULL} in the query: with that condition H2
     * plans the query, on a connection's first run against a table still empty, on the target index, and keeps the
     * plan; every look-up then read each create in flight (issue 9, ADR 0045).
     */
    List<Row> towards(ExternalRef record, Optional<ValueFingerprint> foundBy) {
        Objects.requireNonNull(record, "record");
        List<Row> byId = jdbc.sql("SELECT " + columns + " FROM " + table
                        + " WHERE target_system = ? AND target_id = ? AND target_type = ?")
                .params(record.system().name(), record.id(), record.objectType())
                .query(this::row).list();
        if (foundBy.isEmpty()) {
            return byId;
        }
        List<Row> byKey = jdbc.sql("SELECT " + columns + " FROM " + table
                        + " WHERE target_system = ? AND " + foundByColumn + " = ?")
                .params(record.system().name(), foundBy.get().hex())
                .query(this::row).list().stream().filter(row -> row.target().isEmpty()).toList();
        return byKey.isEmpty() ? byId : Stream.concat(byId.stream(), byKey.stream()).toList();
    }

    List<Row> by(ExternalRef source) {
        Objects.requireNonNull(source, "source");
        return jdbc.sql("SELECT " + columns + " FROM " + table
                        + " WHERE source_system = ? AND source_type = ? AND source_id = ?")
                .params(source.system().name(), source.objectType(), source.id())
                .query(this::row).list();
    }

    /**
     * Ends the rows of {@code source} in one transaction: with a resolved target, each field's latest intended value
     * becomes our last write there in {@code ownWrites}, as of when it was intended, except for the fields in
     * {@code replaced}, whose write the caller remembers itself; then the rows are dropped.
     */
    void settle(ExternalRef source, Optional<ExternalRef> resolvedTarget, OwnWriteRows ownWrites,
                Set<String> replaced) {
        tx.executeWithoutResult(status -> {
            List<Row> ending = by(source);
            if (ending.isEmpty()) {
                return;
            }
            resolvedTarget.ifPresent(target -> ownWrites.rememberFingerprints(target, ending.stream()
                    .filter(row -> !replaced.contains(row.fieldKey())).toList()));
            jdbc.sql("DELETE FROM " + table + " WHERE source_system = ? AND source_type = ? AND source_id = ?")
                    .params(source.system().name(), source.objectType(), source.id())
                    .update();
        });
    }

    private void update(Row row) {
        List<Object> params = new ArrayList<>(aim(row));
        params.addAll(key(row));
        jdbc.sql("UPDATE " + table + " SET target_system = ?, target_type = ?, target_id = ?, "
                        + foundByColumn + " = ?, intended_at = ? WHERE source_system = ? AND source_type = ?"
                        + " AND source_id = ? AND field_key = ? AND fingerprint = ?")
                .params(params)
                .update();
    }

    private void insert(List<Row> rows) {
        List<Object> params = new ArrayList<>();
        for (Row row : rows) {
            params.addAll(key(row));
            params.addAll(aim(row));
        }
        jdbc.sql("INSERT INTO " + table + " (" + columns + ") VALUES "
                        + SqlPlaceholders.rows(rows.size(), columnCount))
                .params(params)
                .update();
    }

    /** The primary key's values, in the order of {@code columns}. */
    private static List<Object> key(Row row) {
        ExternalRef source = row.source();
        return Arrays.asList(source.system().name(), source.objectType(), source.id(), row.fieldKey(),
                row.fingerprint().hex());
    }

    /** The other columns' values, in the order of {@code columns}: the target, the create's key, the time. */
    private static List<Object> aim(Row row) {
        return Arrays.asList(row.source().system().other().name(),
                row.target().map(ExternalRef::objectType).orElse(null), row.target().map(ExternalRef::id).orElse(null),
                row.foundBy().map(ValueFingerprint::hex).orElse(null), ts(row.intendedAt()));
    }

    private Row row(ResultSet rs, int rowNum) throws SQLException {
        CrmSystem targetSystem = CrmSystem.valueOf(rs.getString("target_system"));
        String targetId = rs.getString("target_id");
        Optional<ExternalRef> target = targetId == null ? Optional.empty()
                : Optional.of(new ExternalRef(targetSystem, rs.getString("target_type"), targetId));
        return new Row(new ExternalRef(CrmSystem.valueOf(rs.getString("source_system")),
                rs.getString("source_type"), rs.getString("source_id")), target,
                Optional.ofNullable(rs.getString(foundByColumn)).map(ValueFingerprint::new),
                rs.getString("field_key"), new ValueFingerprint(rs.getString("fingerprint")),
                SqlTime.instant(rs, "intended_at"));
    }
}
