package io.leadbridge.app.persistence;

import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyOwnWrites;
import io.leadbridge.core.company.IntendedCompanyWrite;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CompanyOwnWrites} on the {@code own_write} table, keyed by {@link CompanyField#key()}; company records
 * have their own object types ({@code company}, {@code Account}), so their rows never meet a person's. Values about
 * to be written are in {@code company_write_intent} (V25, ADR 0032) until their change is settled, a create found by
 * the fingerprint of its domain.
 */
public class JdbcCompanyOwnWrites implements CompanyOwnWrites {

    private final OwnWriteRows rows;
    private final WriteIntentRows intents;
    private final DurableCommits durable;

    /** Without flushing intents to the file: for a database whose commits are durable when they return. */
    public JdbcCompanyOwnWrites(JdbcClient jdbc, TransactionTemplate tx) {
        this(jdbc, tx, new DurableCommits(jdbc, false));
    }

    /** @param durable makes stored intents survive a kill before the write they guard is sent (H2, ADR 0033) */
    public JdbcCompanyOwnWrites(JdbcClient jdbc, TransactionTemplate tx, DurableCommits durable) {
        this.rows = new OwnWriteRows(jdbc, tx);
        this.intents = WriteIntentRows.companies(jdbc, tx);
        this.durable = durable;
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

    @Override
    public void intend(List<IntendedCompanyWrite> writes) {
        intents.intend(writes.stream().map(write -> new WriteIntentRows.Row(write.source(), write.target(),
                write.domain(), write.field().key(), write.fingerprint(), write.intendedAt())).toList());
        durable.now();
    }

    @Override
    public List<IntendedCompanyWrite> intendedTowards(ExternalRef record, Optional<String> domain) {
        return intents.towards(record, domain.flatMap(IntendedCompanyWrite::domainFingerprint)).stream()
                .map(JdbcCompanyOwnWrites::intended).filter(write -> write.towards(record, domain)).toList();
    }

    @Override
    public List<IntendedCompanyWrite> intendedBy(ExternalRef source) {
        return intents.by(source).stream().map(JdbcCompanyOwnWrites::intended).toList();
    }

    @Override
    public void settleIntents(ExternalRef source, Optional<ExternalRef> resolvedTarget) {
        intents.settle(source, resolvedTarget, rows, Set.of());
    }

    private static IntendedCompanyWrite intended(WriteIntentRows.Row row) {
        CompanyField field = CompanyField.fromKey(row.fieldKey()).orElseThrow(() -> new IllegalStateException(
                "company_write_intent holds an unknown field key " + row.fieldKey()));
        return new IntendedCompanyWrite(row.source(), row.target(), row.foundBy(), field, row.fingerprint(),
                row.intendedAt());
    }
}
