package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@link AuditTrail} on the {@code audit_entry} table; a batch of entries is one transaction. */
public class JdbcAuditTrail implements AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private static final int COLUMNS = 9;
    private static final int ROWS_PER_INSERT = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcAuditTrail(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void record(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
                insert(entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT)));
            }
        });
    }

    /** One statement for many rows: a write's field decisions are about ten entries, each a statement before. */
    private void insert(List<AuditEntry> entries) {
        List<Object> params = new ArrayList<>();
        for (AuditEntry entry : entries) {
            Optional<ExternalRef> ref = entry.record();
            params.addAll(Arrays.asList(entry.person().toString(), ts(entry.at()), entry.kind().name(),
                    clip(entry.ruleId(), 200), clip(entry.reason(), 2000), ref.map(r -> r.system().name()).orElse(null),
                    ref.map(ExternalRef::objectType).orElse(null), ref.map(ExternalRef::id).orElse(null),
                    JSON.writeValueAsString(entry.details())));
        }
        jdbc.sql("""
                INSERT INTO audit_entry (person_id, recorded_at, kind, rule_id, reason, record_system, record_type,
                    record_id, details)
                VALUES""" + " " + SqlPlaceholders.rows(entries.size(), COLUMNS))
                .params(params)
                .update();
    }

    @Override
    public List<AuditEntry> of(PersonId person, Set<AuditKind> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM audit_entry WHERE person_id = :person AND kind IN (:kinds)
                ORDER BY recorded_at DESC, id DESC FETCH FIRST :limit ROWS ONLY""")
                .param("person", person.toString())
                .param("kinds", kinds.stream().map(AuditKind::name).toList())
                .param("limit", limit)
                .query((rs, row) -> toEntry(rs))
                .list();
    }

    private static AuditEntry toEntry(ResultSet rs) throws SQLException {
        String system = rs.getString("record_system");
        Optional<ExternalRef> ref = system == null ? Optional.empty()
                : Optional.of(new ExternalRef(CrmSystem.valueOf(system), rs.getString("record_type"),
                        rs.getString("record_id")));
        return new AuditEntry(PersonId.parse(rs.getString("person_id")), SqlTime.instant(rs, "recorded_at"),
                AuditKind.valueOf(rs.getString("kind")), rs.getString("rule_id"), rs.getString("reason"), ref,
                JSON.readValue(rs.getString("details"), DETAILS));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
