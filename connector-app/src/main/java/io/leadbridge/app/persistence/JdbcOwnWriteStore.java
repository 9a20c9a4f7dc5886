package io.leadbridge.app.persistence;

import io.leadbridge.core.echo.IntendedWrite;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.OwnWriteStore;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
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
 * {@link OwnWriteStore} on the {@code own_write} table: one row per record and field, holding the SHA-256
 * fingerprint of the value Leadbridge last wrote there, never the value, and the CRM's time of the version the write
 * produced when the CRM returned it; values about to be written are in {@code own_write_intent} (V23) until their
 * change is settled. Each call runs in one transaction.
 */
public class JdbcOwnWriteStore implements OwnWriteStore {

    private final OwnWriteRows rows;
    private final WriteIntentRows intents;
    private final DurableCommits durable;
    private final TransactionTemplate tx;

    /** Without flushing intents to the file: for a database whose commits are durable when they return. */
    public JdbcOwnWriteStore(JdbcClient jdbc, TransactionTemplate tx) {
        this(jdbc, tx, new DurableCommits(jdbc, false));
    }

    /** @param durable makes stored intents survive a kill before the write they guard is sent (H2, ADR 0033) */
    public JdbcOwnWriteStore(JdbcClient jdbc, TransactionTemplate tx, DurableCommits durable) {
        this.rows = new OwnWriteRows(jdbc, tx);
        this.intents = WriteIntentRows.people(jdbc, tx);
        this.durable = durable;
        this.tx = tx;
    }

    @Override
    public Map<PersonField, OwnWrite> lastWritten(ExternalRef target) {
        Map<PersonField, OwnWrite> written = new EnumMap<>(PersonField.class);
        rows.lastWritten(target).forEach((key, write) ->
                PersonField.fromKey(key).ifPresent(field -> written.put(field, write)));
        return Map.copyOf(written);
    }

    @Override
    public void remember(ExternalRef target, Map<PersonField, String> changes, Instant writtenAt,
                         Optional<Instant> crmModifiedAt) {
        rows.remember(target, byKey(changes), writtenAt, crmModifiedAt);
    }

    private static Map<String, String> byKey(Map<PersonField, String> changes) {
        Map<String, String> byKey = new LinkedHashMap<>();
        changes.forEach((field, value) -> byKey.put(field.key(), value));
        return byKey;
    }

    @Override
    public void forget(ExternalRef target, Set<PersonField> fields) {
        rows.forget(target, fields.stream().map(PersonField::key).collect(Collectors.toSet()));
    }

    @Override
    public void intend(List<IntendedWrite> writes) {
        intents.intend(writes.stream().map(write -> new WriteIntentRows.Row(write.source(), write.target(),
                write.email(), write.field().key(), write.fingerprint(), write.intendedAt())).toList());
        durable.now();
    }

    @Override
    public List<IntendedWrite> intendedTowards(ExternalRef record, Optional<String> email) {
        return intents.towards(record, email.filter(e -> !e.isBlank()).map(IntendedWrite::emailFingerprint))
                .stream().map(JdbcOwnWriteStore::intended).filter(write -> write.towards(record, email)).toList();
    }

    @Override
    public List<IntendedWrite> intendedBy(ExternalRef source) {
        return intents.by(source).stream().map(JdbcOwnWriteStore::intended).toList();
    }

    @Override
    public void settleIntents(ExternalRef source, Optional<ExternalRef> resolvedTarget) {
        intents.settle(source, resolvedTarget, rows, Set.of());
    }

    /**
     * In one transaction: the write first, then the source's intents, skipping the intended values of the fields the
     * write carried, which it would replace at once (a written person's field values were stored twice before).
     */
    @Override
    public void settleWrite(ExternalRef source, ExternalRef target, Map<PersonField, String> written,
                            Instant writtenAt, Optional<Instant> crmModifiedAt) {
        Map<String, String> byKey = byKey(written);
        tx.executeWithoutResult(status -> {
            rows.remember(target, byKey, writtenAt, crmModifiedAt);
            intents.settle(source, Optional.of(target), rows, byKey.keySet());
        });
    }

    private static IntendedWrite intended(WriteIntentRows.Row row) {
        PersonField field = PersonField.fromKey(row.fieldKey()).orElseThrow(() -> new IllegalStateException(
                "own_write_intent holds an unknown field key " + row.fieldKey()));
        return new IntendedWrite(row.source(), row.target(), row.foundBy(), field, row.fingerprint(),
                row.intendedAt());
    }
}
