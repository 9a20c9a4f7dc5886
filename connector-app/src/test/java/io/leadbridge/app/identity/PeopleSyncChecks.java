package io.leadbridge.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatedCrms;
import io.leadbridge.app.support.RunningApp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Set-up steps and reads of the app's id map and audit trail that the identity scenarios share. */
final class PeopleSyncChecks {

    static final Duration PROPAGATION = Duration.ofSeconds(40);
    static final String KIM = "kim.larsen@fjordline.example";

    private PeopleSyncChecks() {
    }

    /** Kim created as a Lead in Salesforce; returns the Lead once it is linked to the HubSpot contact it created. */
    static String kimsLeadSyncedToHubSpot(EmulatedCrms crms, RunningApp app) {
        String leadId = crms.salesforce().create("Lead", Map.of("Email", KIM, "FirstName", "Kim",
                "LastName", "Larsen", "Company", "Fjordline AS"));
        awaitLinked(app, awaitContactOf(crms, KIM), leadId);
        return leadId;
    }

    static long awaitContactOf(EmulatedCrms crms, String email) {
        return await().atMost(PROPAGATION).until(() -> crms.hubspot().contactByEmail(email), Optional::isPresent)
                .orElseThrow().id();
    }

    /** Waits until the id map links the HubSpot contact and the Salesforce record as one person. */
    static void awaitLinked(RunningApp app, long hubspotId, String salesforceId) {
        await().atMost(PROPAGATION).untilAsserted(() -> assertThat(app.jdbc().sql("""
                        SELECT COUNT(DISTINCT person_id) FROM id_map
                        WHERE (system = 'HUBSPOT' AND record_id = ?) OR (system = 'SALESFORCE' AND record_id = ?)
                        HAVING COUNT(*) = 2""")
                .params(String.valueOf(hubspotId), salesforceId).query(Long.class).optional()).contains(1L));
    }

    static List<String> auditRules(RunningApp app) {
        return app.jdbc().sql("SELECT rule_id FROM audit_entry").query(String.class).list();
    }

    /** Each {@code IDENTITY} audit entry as "rule SYSTEM:type:id details". */
    static List<String> identityAudit(RunningApp app) {
        return app.jdbc().sql("SELECT rule_id, record_system, record_type, record_id, details FROM audit_entry"
                        + " WHERE kind = 'IDENTITY'")
                .query((rs, row) -> rs.getString("rule_id") + " " + rs.getString("record_system") + ":"
                        + rs.getString("record_type") + ":" + rs.getString("record_id") + " " + rs.getString("details"))
                .list();
    }
}
