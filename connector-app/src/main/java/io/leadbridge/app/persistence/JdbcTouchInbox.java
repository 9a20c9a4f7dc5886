package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.DueTouch;
import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.core.touch.TouchInbox;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link TouchInbox} on the {@code touch_inbox} table (V7, {@code note_due} V24, {@code attempts} and {@code error_id}
 * V27): the primary key on the source touch
 * keeps each touch once, however often it is read. Each call is one statement (the notes published, one per 500
 * people); a touch is settled and its person's note marked due in the same statement.
 */
public class JdbcTouchInbox implements TouchInbox {

    private static final int MAX_IDS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;

    public JdbcTouchInbox(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public boolean add(LoggedTouch touch, Instant receivedAt) {
        ExternalRef source = touch.touch().source();
        try {
            jdbc.sql("""
                    INSERT INTO touch_inbox (source_system, source_type, source_id, modified_at, payload, status,
                                             next_attempt_at, received_at)
                    VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                    .params(source.system().name(), source.objectType(), source.id(), ts(touch.modifiedAt()),
                            LoggedTouchCodec.encode(touch), ts(receivedAt), ts(receivedAt))
                    .update();
            return true;
        } catch (DuplicateKeyException storedBefore) {
            return false;
        }
    }

    @Override
    public List<DueTouch> due(int max, Instant now) {
        return jdbc.sql("""
                SELECT payload, attempts, error_id FROM touch_inbox WHERE status = 'PENDING' AND next_attempt_at <= ?
                ORDER BY next_attempt_at, received_at FETCH FIRST ? ROWS ONLY""")
                .params(ts(now), max)
                .query((rs, row) -> {
                    long errorId = rs.getLong("error_id");
                    OptionalLong parkedAs = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(errorId);
                    return new DueTouch(LoggedTouchCodec.decode(rs.getString("payload")), rs.getInt("attempts"),
                            parkedAs);
                })
                .list();
    }

    @Override
    public void retryAt(ExternalRef sourceTouch, Instant notBefore) {
        jdbc.sql("""
                UPDATE touch_inbox SET next_attempt_at = ?
                WHERE source_system = ? AND source_type = ? AND source_id = ? AND status = 'PENDING'""")
                .params(ts(notBefore), sourceTouch.system().name(), sourceTouch.objectType(), sourceTouch.id())
                .update();
    }

    @Override
    public void failedAttempt(ExternalRef sourceTouch, int attempts, Instant notBefore) {
        jdbc.sql("""
                UPDATE touch_inbox SET next_attempt_at = ?, attempts = ?
                WHERE source_system = ? AND source_type = ? AND source_id = ? AND status = 'PENDING'""")
                .params(ts(notBefore), attempts, sourceTouch.system().name(), sourceTouch.objectType(),
                        sourceTouch.id())
                .update();
    }

    @Override
    public void park(ExternalRef sourceTouch, long errorId, Optional<PersonId> person, Instant parkedAt) {
        jdbc.sql("""
                UPDATE touch_inbox SET status = 'SETTLED', settled_at = ?, person_id = ?, note_due = ?, error_id = ?
                WHERE source_system = ? AND source_type = ? AND source_id = ? AND status = 'PENDING'""")
                .params(ts(parkedAt), person.map(PersonId::toString).orElse(null), person.isPresent(), errorId,
                        sourceTouch.system().name(), sourceTouch.objectType(), sourceTouch.id())
                .update();
    }

    @Override
    public boolean requeue(long errorId, Instant now) {
        return jdbc.sql("""
                UPDATE touch_inbox SET status = 'PENDING', next_attempt_at = ?, attempts = 0, settled_at = NULL,
                                       note_due = FALSE
                WHERE error_id = ? AND status = 'SETTLED'""")
                .params(ts(now), errorId)
                .update() > 0;
    }

    @Override
    public void settle(ExternalRef sourceTouch, Optional<PersonId> person, Instant settledAt) {
        jdbc.sql("""
                UPDATE touch_inbox SET status = 'SETTLED', settled_at = ?, person_id = ?, note_due = ?
                WHERE source_system = ? AND source_type = ? AND source_id = ? AND status = 'PENDING'""")
                .params(ts(settledAt), person.map(PersonId::toString).orElse(null), person.isPresent(),
                        sourceTouch.system().name(), sourceTouch.objectType(), sourceTouch.id())
                .update();
    }

    @Override
    public void reopen(ExternalRef sourceTouch, Instant notBefore) {
        jdbc.sql("""
                UPDATE touch_inbox SET status = 'PENDING', next_attempt_at = ?, attempts = 0, settled_at = NULL,
                                       note_due = FALSE
                WHERE source_system = ? AND source_type = ? AND source_id = ? AND status = 'SETTLED'""")
                .params(ts(notBefore), sourceTouch.system().name(), sourceTouch.objectType(), sourceTouch.id())
                .update();
    }

    @Override
    public List<Touch> touchesOf(PersonId person) {
        return jdbc.sql("SELECT payload FROM touch_inbox WHERE person_id = ? AND status = 'SETTLED'")
                .param(person.toString())
                .query((rs, row) -> LoggedTouchCodec.decode(rs.getString("payload")).touch())
                .list();
    }

    @Override
    public List<PersonId> notesDue(int max) {
        return jdbc.sql("""
                SELECT DISTINCT person_id FROM touch_inbox WHERE note_due = TRUE AND status = 'SETTLED'
                FETCH FIRST ? ROWS ONLY""")
                .param(max)
                .query((rs, row) -> PersonId.parse(rs.getString("person_id")))
                .list();
    }

    @Override
    public void notesPublished(Collection<PersonId> people) {
        List<String> ids = people.stream().map(PersonId::toString).toList();
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_STATEMENT) {
            jdbc.sql("UPDATE touch_inbox SET note_due = FALSE WHERE note_due = TRUE AND person_id IN (:people)")
                    .param("people", ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_STATEMENT)))
                    .update();
        }
    }

    @Override
    public long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM touch_inbox WHERE status = 'PENDING'").query(Long.class).single();
    }

    /**
     * Which of {@code ids} (records of {@code objectType} in {@code system}) the inbox holds already, pending or
     * settled: {@link #add} would not store them again.
     */
    public Set<String> storedOf(CrmSystem system, String objectType, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT source_id FROM touch_inbox WHERE source_system = :system AND source_type = :type
                  AND source_id IN (:ids)""")
                .param("system", system.name()).param("type", objectType).param("ids", List.copyOf(ids))
                .query(String.class).list());
    }
}
