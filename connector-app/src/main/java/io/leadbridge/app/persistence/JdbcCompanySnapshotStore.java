package io.leadbridge.app.persistence;

import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanySnapshot;
import io.leadbridge.core.company.CompanySnapshotStore;
import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.ExternalRef;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link CompanySnapshotStore} on the {@code company_snapshot} table, fields as a JSON object keyed by
 * {@link CompanyField#key()} (unknown keys are ignored). A snapshot replaces the stored one in one conditional
 * {@code UPDATE} (never moving {@code changed_at} backwards), or is inserted when the record has none.
 */
public class JdbcCompanySnapshotStore implements CompanySnapshotStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final SnapshotRows rows;

    public JdbcCompanySnapshotStore(JdbcClient jdbc) {
        this.rows = new SnapshotRows(jdbc, "company_snapshot");
    }

    @Override
    public Optional<CompanySnapshot> find(ExternalRef ref) {
        return rows.find(ref).map(row -> new CompanySnapshot(ref, decode(row.fields()), row.changedAt()));
    }

    @Override
    public boolean remember(CompanySnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return rows.remember(snapshot.ref(), encode(snapshot.company()), snapshot.changedAt());
    }

    static String encode(Company company) {
        Map<String, String> fields = new LinkedHashMap<>();
        CompanyField.valuesOf(company).forEach((field, value) -> fields.put(field.key(), value));
        return JSON.writeValueAsString(fields);
    }

    static Company decode(String text) {
        Map<CompanyField, String> values = new EnumMap<>(CompanyField.class);
        JSON.readValue(text, FIELDS).forEach((key, value) ->
                CompanyField.fromKey(key).ifPresent(field -> values.put(field, value)));
        return CompanyField.companyOf(values);
    }
}
