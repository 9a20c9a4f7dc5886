package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The V6 audit_entry table gives each person's decisions back newest first, with rule, reason and record. */
abstract class JdbcAuditTrailContract {

    private static final PersonId KIM = PersonId.parse("6f1c2a9e-3b7d-4e21-9a55-0c8d2f4b7e10");
    private static final PersonId ALEX = PersonId.parse("0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final ExternalRef LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF");
    private static final Instant T0 = Instant.parse("2026-11-25T09:30:00.125Z");

    private MigratedDatabase db;
    private JdbcAuditTrail trail;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
        trail = new JdbcAuditTrail(db.jdbc(), db.tx());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aPersonsEntriesComeBackNewestFirstWithRuleReasonRecordAndDetails() {
        AuditEntry decided = AuditEntry.of(KIM, T0, AuditKind.FIELD_DECISION, "field-ownership:phone",
                "phone taken from Salesforce: two-way newest-wins and Salesforce changed it last")
                .about(LEAD).with(Map.of("field", "phone", "verdict", "SALESFORCE"));
        AuditEntry written = AuditEntry.of(KIM, T0, AuditKind.WRITE, "sync", "Lead updated").about(LEAD);
        AuditEntry routed = AuditEntry.of(KIM, T0.plusSeconds(5), AuditKind.ROUTING, "round-robin:emea",
                "assigned to the next available AE in EMEA");
        AuditEntry other = AuditEntry.of(ALEX, T0.plusSeconds(9), AuditKind.STATUS, "status-table", "MQL");

        trail.record(List.of(decided, written));
        trail.record(List.of(routed, other));

        assertThat(trail.of(KIM, 10)).containsExactly(routed, written, decided);
        assertThat(trail.of(KIM, 2)).containsExactly(routed, written);
        assertThat(trail.of(ALEX, 10)).containsExactly(other);
    }

    @Test
    void aLongBatchIsStoredWholeInItsOrderAcrossSeveralInserts() {
        List<AuditEntry> decisions = IntStream.range(0, 120).mapToObj(i -> AuditEntry.of(KIM, T0,
                AuditKind.FIELD_DECISION, "field-ownership:field" + i, "decision " + i).about(LEAD)).toList();

        trail.record(decisions);

        List<AuditEntry> newestFirst = new ArrayList<>(decisions);
        Collections.reverse(newestFirst);
        assertThat(trail.of(KIM, 200)).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void aReadOfSomeKindsSkipsTheOthersBeforeItsLimitCounts() {
        AuditEntry qualified = AuditEntry.of(KIM, T0, AuditKind.QUALIFICATION, "mql", "scored 60");
        AuditEntry routed = AuditEntry.of(KIM, T0.plusSeconds(1), AuditKind.ROUTING, "round-robin:emea", "to Sam");
        List<AuditEntry> decisions = IntStream.range(0, 5).mapToObj(i -> AuditEntry.of(KIM, T0.plusSeconds(2),
                AuditKind.FIELD_DECISION, "field-ownership:field" + i, "decision " + i).about(LEAD)).toList();
        AuditEntry othersQualification = AuditEntry.of(ALEX, T0.plusSeconds(3), AuditKind.QUALIFICATION, "mql", "60");
        trail.record(List.of(qualified, routed));
        trail.record(decisions);
        trail.record(List.of(othersQualification));

        Set<AuditKind> triage = EnumSet.of(AuditKind.QUALIFICATION, AuditKind.ROUTING);
        assertThat(trail.of(KIM, triage, 2)).containsExactly(routed, qualified);
        assertThat(trail.of(KIM, EnumSet.of(AuditKind.QUALIFICATION), 1)).containsExactly(qualified);
        assertThat(trail.of(KIM, 2)).containsExactly(decisions.get(4), decisions.get(3));
        assertThat(trail.of(KIM, EnumSet.noneOf(AuditKind.class), 10)).isEmpty();
    }

    @Test
    void aPersonWithoutEntriesHasAnEmptyTrail() {
        trail.record(List.of());

        assertThat(trail.of(KIM, 10)).isEmpty();
    }
}
