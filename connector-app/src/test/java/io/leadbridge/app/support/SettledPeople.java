package io.leadbridge.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.persistence.SqlTime;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Waits for a person's two records to be settled by the running app: from then on, any write would be ping-pong. */
public final class SettledPeople {

    private SettledPeople() {
    }

    /**
     * Waits until the app has read the current version of both records (our own writes included) and settled it,
     * and nothing else waits in the inbox.
     */
    public static void awaitSettled(RunningApp app, EmulatedCrms crms, long contactId, String leadId,
                                    Duration atMost) {
        await().atMost(atMost).untilAsserted(() -> {
            assertThat(newestEntry(app, "HUBSPOT", String.valueOf(contactId))).isEqualTo(crms.hubspot()
                    .record(ObjectType.CONTACTS, contactId).orElseThrow().updatedAt().truncatedTo(ChronoUnit.MILLIS)
                    + " DONE");
            assertThat(newestEntry(app, "SALESFORCE", leadId)).isEqualTo(Instant.parse(crms.salesforce().find(leadId)
                    .orElseThrow().get("SystemModstamp")) + " DONE");
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM change_inbox WHERE status IN ('PENDING', 'CLAIMED')")
                    .query(Long.class).single()).isZero();
        });
    }

    /** The version and status of the newest change of a record in the inbox, e.g. {@code 2026-...Z DONE}. */
    private static String newestEntry(RunningApp app, String system, String recordId) {
        return app.jdbc().sql("""
                SELECT modified_at, status FROM change_inbox WHERE source_system = ? AND record_id = ?
                ORDER BY modified_at DESC""")
                .params(system, recordId)
                .query((rs, row) -> SqlTime.instant(rs, "modified_at") + " " + rs.getString("status"))
                .list().stream().findFirst().orElse("nothing");
    }
}
