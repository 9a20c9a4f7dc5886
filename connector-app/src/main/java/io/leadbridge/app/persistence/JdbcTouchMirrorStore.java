package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.core.touch.TouchMirrorStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link TouchMirrorStore} on the {@code touch_mirror} table (V5): the claim is an insert on the key's primary
 * key, so two instances racing for one mirror get one winner. Each call is one statement.
 */
public class JdbcTouchMirrorStore implements TouchMirrorStore {

    private final JdbcClient jdbc;
    private final DurableCommits durable;

    public JdbcTouchMirrorStore(JdbcClient jdbc, DurableCommits durable) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.durable = Objects.requireNonNull(durable, "durable");
    }

    /** On H2, writes the claims out to the file ({@link DurableCommits}): one flush per batch of claims. */
    @Override
    public void makeClaimsDurable() {
        durable.now();
    }

    @Override
    public boolean claim(MirroredActivity activity, Instant claimedAt) {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(claimedAt, "claimedAt");
        ExternalRef source = activity.sourceTouch();
        ExternalRef target = activity.targetPerson();
        try {
            jdbc.sql("""
                    INSERT INTO touch_mirror (mirror_key, source_system, source_type, source_id,
                                              target_system, target_type, target_id, claimed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(activity.idempotencyKey(), source.system().name(), source.objectType(), source.id(),
                            target.system().name(), target.objectType(), target.id(), ts(claimedAt))
                    .update();
            return true;
        } catch (DuplicateKeyException claimedBefore) {
            return false;
        }
    }

    @Override
    public void written(String idempotencyKey, ExternalRef writtenActivity, Instant writtenAt) {
        Objects.requireNonNull(writtenActivity, "writtenActivity");
        Objects.requireNonNull(writtenAt, "writtenAt");
        int updated = jdbc.sql("""
                UPDATE touch_mirror SET activity_type = ?, activity_id = ?, written_at = ?
                WHERE mirror_key = ? AND activity_id IS NULL""")
                .params(writtenActivity.objectType(), writtenActivity.id(), ts(writtenAt), idempotencyKey)
                .update();
        if (updated == 0) {
            throw new IllegalStateException("mirror " + idempotencyKey + " is not claimed, or was recorded before");
        }
    }

    @Override
    public void release(String idempotencyKey) {
        jdbc.sql("DELETE FROM touch_mirror WHERE mirror_key = ? AND activity_id IS NULL")
                .params(idempotencyKey)
                .update();
    }

    @Override
    public Optional<StoredMirror> find(String idempotencyKey) {
        return jdbc.sql("""
                SELECT mirror_key, source_system, source_type, source_id, target_system, target_type, target_id,
                       claimed_at, activity_type, activity_id, written_at
                FROM touch_mirror WHERE mirror_key = ?""")
                .params(idempotencyKey)
                .query((rs, row) -> mirror(rs))
                .optional();
    }

    private static StoredMirror mirror(ResultSet rs) throws SQLException {
        CrmSystem targetSystem = CrmSystem.valueOf(rs.getString("target_system"));
        String activityId = rs.getString("activity_id");
        Optional<ExternalRef> activity = activityId == null ? Optional.empty()
                : Optional.of(new ExternalRef(targetSystem, rs.getString("activity_type"), activityId));
        Optional<Instant> writtenAt = activityId == null ? Optional.empty()
                : Optional.of(SqlTime.instant(rs, "written_at"));
        return new StoredMirror(rs.getString("mirror_key").trim(),
                new ExternalRef(CrmSystem.valueOf(rs.getString("source_system")), rs.getString("source_type"),
                        rs.getString("source_id")),
                new ExternalRef(targetSystem, rs.getString("target_type"), rs.getString("target_id")),
                SqlTime.instant(rs, "claimed_at"), activity, writtenAt);
    }
}
