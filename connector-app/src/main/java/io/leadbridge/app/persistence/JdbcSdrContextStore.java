package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SdrContextStore} on the {@code sdr_context_note} table (V7); the claim is an insert on the note's key, written
 * out to the file before it returns on H2 ({@link DurableCommits}).
 */
public class JdbcSdrContextStore implements SdrContextStore {

    private final JdbcClient jdbc;
    private final DurableCommits durable;

    public JdbcSdrContextStore(JdbcClient jdbc, DurableCommits durable) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.durable = Objects.requireNonNull(durable, "durable");
    }

    @Override
    public void makeClaimsDurable() {
        durable.now();
    }

    @Override
    public boolean claim(SdrContextNote note, PersonId person, Instant claimedAt) {
        ExternalRef target = note.targetPerson();
        try {
            jdbc.sql("""
                    INSERT INTO sdr_context_note (note_key, person_id, target_system, target_type, target_id,
                                                  claimed_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(note.idempotencyKey(), person.toString(), target.system().name(), target.objectType(),
                            target.id(), ts(claimedAt))
                    .update();
            return true;
        } catch (DuplicateKeyException claimedBefore) {
            return false;
        }
    }

    @Override
    public void written(String noteKey, ExternalRef noteRecord, String textFingerprint, Instant writtenAt) {
        int updated = jdbc.sql("""
                UPDATE sdr_context_note SET note_type = ?, note_id = ?, text_fingerprint = ?, written_at = ?
                WHERE note_key = ?""")
                .params(noteRecord.objectType(), noteRecord.id(), textFingerprint, ts(writtenAt), noteKey)
                .update();
        if (updated == 0) {
            throw new IllegalStateException("SDR-context note " + noteKey + " is not claimed");
        }
    }

    @Override
    public void release(String noteKey) {
        jdbc.sql("DELETE FROM sdr_context_note WHERE note_key = ? AND note_id IS NULL").params(noteKey).update();
    }

    @Override
    public Optional<StoredNote> find(String noteKey) {
        return jdbc.sql("""
                SELECT note_key, target_system, note_type, note_id, text_fingerprint
                FROM sdr_context_note WHERE note_key = ?""")
                .params(noteKey)
                .query((rs, row) -> {
                    String noteId = rs.getString("note_id");
                    Optional<ExternalRef> record = noteId == null ? Optional.empty() : Optional.of(new ExternalRef(
                            CrmSystem.valueOf(rs.getString("target_system")), rs.getString("note_type"), noteId));
                    return new StoredNote(rs.getString("note_key").trim(), record,
                            Optional.ofNullable(rs.getString("text_fingerprint")));
                })
                .optional();
    }

    @Override
    public List<PersonId> takeUnconfirmed(Instant claimedBefore, Instant now, int max) {
        List<Map.Entry<String, PersonId>> claims = jdbc.sql("""
                SELECT note_key, person_id FROM sdr_context_note WHERE note_id IS NULL AND claimed_at < ?
                ORDER BY claimed_at FETCH FIRST ? ROWS ONLY""")
                .params(ts(claimedBefore), max)
                .query((rs, row) -> Map.entry(rs.getString("note_key").trim(),
                        PersonId.parse(rs.getString("person_id"))))
                .list();
        claims.forEach(claim -> jdbc.sql(
                        "UPDATE sdr_context_note SET claimed_at = ? WHERE note_key = ? AND note_id IS NULL")
                .params(ts(now), claim.getKey()).update());
        return claims.stream().map(Map.Entry::getValue).distinct().toList();
    }
}
