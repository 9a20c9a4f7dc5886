package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.salesforce.outbound.OutboundMessage;
import io.leadbridge.salesforce.outbound.OutboundNotification;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outbound-message notifications are stored once per notification id, on each database (V3 migration). */
abstract class JdbcOutboundMessageStoreContract {

    private static final Instant NOW = Instant.parse("2026-11-25T09:30:00Z");

    private MigratedDatabase db;
    private JdbcOutboundMessageStore store;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
        store = new JdbcOutboundMessageStore(db.jdbc(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void eachNotificationIsStoredOnceWhateverTheRedeliveries() {
        assertThat(store.storeNew(message("04l5g00000AbCdEAAV", "04l5g00000AbCdFAAV"))).isEqualTo(2);
        assertThat(store.storeNew(message("04l5g00000AbCdEAAV", "04l5g00000AbCdFAAV"))).isZero();
        assertThat(store.storeNew(message("04l5g00000AbCdFAAV", "04l5g00000AbCdGAAV"))).isEqualTo(1);

        assertThat(db.jdbc().sql("SELECT notification_id FROM salesforce_outbound_message ORDER BY notification_id")
                .query(String.class).list())
                .containsExactly("04l5g00000AbCdEAAV", "04l5g00000AbCdFAAV", "04l5g00000AbCdGAAV");
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM salesforce_outbound_message WHERE processed_at IS NULL"
                + " AND received_at = ?").param(SqlTime.ts(NOW)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theFieldsAreKeptAsJson() {
        store.storeNew(message("04l5g00000AbCdEAAV"));

        assertThat(db.jdbc().sql("SELECT fields FROM salesforce_outbound_message").query(String.class).single())
                .contains("\"Email\":\"o'neil@example.com\"").contains("\"Id\":\"00Q5g00000AbCd1EAF\"");
    }

    private static OutboundMessage message(String... notificationIds) {
        List<OutboundNotification> notifications = java.util.Arrays.stream(notificationIds)
                .map(id -> new OutboundNotification(id, "Lead", "00Q5g00000AbCd1EAF",
                        Map.of("Id", "00Q5g00000AbCd1EAF", "Email", "o'neil@example.com")))
                .toList();
        return new OutboundMessage("00D5g000004AbCdEAK", "04k5g000000AbCdAAK", notifications);
    }
}
