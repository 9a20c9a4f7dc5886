package io.leadbridge.app.persistence;

import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyOwnWrites;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CompanyOwnWrites} on the {@code own_write} table, keyed by {@link CompanyField#key()}; company records
 * have their own object types ({@code company}, {@code Account}), so their rows never meet a person's.
 */
public class JdbcCompanyOwnWrites implements CompanyOwnWrites {

    private final OwnWriteRows rows;

    public JdbcCompanyOwnWrites(JdbcClient jdbc, TransactionTemplate tx) {
        this.rows = new OwnWriteRows(jdbc, tx);
    }

    @Override
    public Map<CompanyField, OwnWrite> lastWritten(ExternalRef target) {
        Map<CompanyField, OwnWrite> written = new EnumMap<>(CompanyField.class);
        rows.lastWritten(target).forEach((key, write) ->
                CompanyField.fromKey(key).ifPresent(field -> written.put(field, write)));
        return Map.copyOf(written);
    }

    @Override
    public void remember(ExternalRef target, Map<CompanyField, String> changes, Instant writtenAt) {
        Map<String, String> byKey = new LinkedHashMap<>();
        changes.forEach((field, value) -> byKey.put(field.key(), value));
        rows.remember(target, byKey, writtenAt, Optional.empty());
    }

    @Override
    public void forget(ExternalRef target, Set<CompanyField> fields) {
        rows.forget(target, fields.stream().map(CompanyField::key).collect(Collectors.toSet()));
    }
}
