package io.leadbridge.app.webhook;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.hubspot.webhook.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code hubspot_webhook_event} table: webhook events stored durably before HubSpot gets its 2xx, each
 * distinct event once, then marked processed by {@link HubSpotWebhookProcessor}.
 */
public class HubSpotWebhookEventStore {

    /** What became of a processed event. */
    enum Outcome { READ, IGNORED, GONE }

    private final JdbcClient jdbc;
    private final Clock clock;

    public HubSpotWebhookEventStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores each event unless an identical one is already stored; returns how many were new. */
    public int store(List<WebhookEvent> events) {
        Instant now = clock.instant();
        int stored = 0;
        for (WebhookEvent event : events) {
            try {
                jdbc.sql("""
                        INSERT INTO hubspot_webhook_event (dedup_key, subscription_type, object_id, property_name,
                            occurred_at, event_id, portal_id, change_source, received_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(hash(event.dedupKey()), event.subscriptionType(), event.objectId(),
                                event.propertyName().orElse(null), ts(event.occurredAt()), event.eventId().orElse(null),
                                event.portalId().orElse(null), event.changeSource().orElse(null), ts(now))
                        .update();
                stored++;
            } catch (DuplicateKeyException alreadyStored) {
                // A redelivery or a duplicate within the batch: harmless by design.
            }
        }
        return stored;
    }

    /** Up to {@code max} unprocessed events, oldest received first. */
    public List<StoredWebhookEvent> pending(int max) {
        return jdbc.sql("""
                SELECT id, subscription_type, object_id, property_name, occurred_at FROM hubspot_webhook_event
                WHERE processed_at IS NULL ORDER BY id FETCH FIRST ? ROWS ONLY""")
                .param(max)
                .query((rs, row) -> new StoredWebhookEvent(rs.getLong("id"), rs.getString("subscription_type"),
                        rs.getString("object_id"), Optional.ofNullable(rs.getString("property_name")),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    void markProcessed(List<Long> ids, Outcome outcome) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE hubspot_webhook_event SET processed_at = :at, outcome = :outcome WHERE id IN (:ids)")
                .param("at", ts(clock.instant())).param("outcome", outcome.name()).param("ids", ids)
                .update();
    }

    /** How many events wait for processing. */
    public long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM hubspot_webhook_event WHERE processed_at IS NULL")
                .query(Long.class).single();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
