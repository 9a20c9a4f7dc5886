package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.salesforce.outbound.OutboundMessage;
import io.leadbridge.salesforce.outbound.OutboundNotification;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores Salesforce outbound-message notifications in {@code salesforce_outbound_message}, at most once per
 * notification id. Each row is committed on its own, so once {@link #storeNew} returns every notification of the
 * message is durable, and a redelivery after a crash half-way stores only what is missing.
 */
public class JdbcOutboundMessageStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Notifications marked processed per statement (one outbound message holds up to 100). */
    private static final int IDS_PER_UPDATE = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcOutboundMessageStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the notifications not stored yet; returns how many were new. */
    public int storeNew(OutboundMessage message) {
        Instant now = clock.instant();
        int stored = 0;
        for (OutboundNotification notification : message.notifications()) {
            if (store(message, notification, now)) {
                stored++;
            }
        }
        return stored;
    }

    private boolean store(OutboundMessage message, OutboundNotification notification, Instant now) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM salesforce_outbound_message WHERE notification_id = ?")
                .param(notification.notificationId()).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO salesforce_outbound_message (notification_id, organization_id, action_id, object_type,
                        record_id, fields, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(notification.notificationId(), message.organizationId(), message.actionId(),
                            notification.objectType(), notification.recordId(),
                            JSON.writeValueAsString(notification.fields()), ts(now))
                    .update();
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Up to {@code max} notifications not processed yet, oldest first. */
    public List<PendingNotification> pending(int max) {
        return jdbc.sql("""
                SELECT notification_id, object_type, record_id FROM salesforce_outbound_message
                WHERE processed_at IS NULL ORDER BY received_at, notification_id FETCH FIRST ? ROWS ONLY""")
                .param(max)
                .query((rs, row) -> new PendingNotification(rs.getString("notification_id"),
                        rs.getString("object_type"), rs.getString("record_id")))
                .list();
    }

    /** Marks notifications processed: their changes are in the inbox, or they name nothing to sync. */
    public void markProcessed(List<String> notificationIds) {
        Instant now = clock.instant();
        for (int from = 0; from < notificationIds.size(); from += IDS_PER_UPDATE) {
            List<String> chunk = notificationIds.subList(from,
                    Math.min(notificationIds.size(), from + IDS_PER_UPDATE));
            jdbc.sql("UPDATE salesforce_outbound_message SET processed_at = :now WHERE processed_at IS NULL"
                            + " AND notification_id IN (:ids)")
                    .param("now", ts(now)).param("ids", chunk).update();
        }
    }

    /** A stored notification still to be turned into an inbox change. */
    public record PendingNotification(String notificationId, String objectType, String recordId) {
    }
}
