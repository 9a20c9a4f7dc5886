package io.leadbridge.core.twoway;

import static io.leadbridge.core.model.CrmSystem.HUBSPOT;
import static io.leadbridge.core.model.FunnelStage.DISQUALIFIED;
import static io.leadbridge.core.model.FunnelStage.MQL;
import static io.leadbridge.core.model.FunnelStage.NEW;
import static io.leadbridge.core.model.FunnelStage.SQL;
import static io.leadbridge.core.model.FunnelStage.WORKING;
import static io.leadbridge.core.model.FunnelStage.CUSTOMER;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static io.leadbridge.core.testing.FieldMappingsFixture.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.conflict.TwoWayFieldPlanner;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.status.FunnelStatusSync;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonFieldMapping;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.testing.InMemoryOwnWriteStore;
import io.leadbridge.core.testing.InMemoryPersonSnapshotStore;
import io.leadbridge.core.testing.People;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Funnel status planned through the status table inside two-way planning, never copied as a plain field. */
class TwoWayStatusPlanningTest {

    private static final ExternalRef CONTACT = hubspotContact("512");
    private static final ExternalRef LEAD = salesforceLead("00Q5g00000AbCdEFGH");
    private static final Instant T1 = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-03T09:05:00Z");
    private static final Instant T3 = Instant.parse("2025-03-03T09:10:00Z");
    /** HubSpot's times of the clear and the set of a backward lifecycle move, its clock a little ahead of ours. */
    private static final Instant HUBSPOT_CLEARED_AT = Instant.parse("2025-03-03T09:10:01.250Z");
    private static final Instant HUBSPOT_SET_AT = Instant.parse("2025-03-03T09:10:01.300Z");

    private final InMemoryPersonSnapshotStore snapshots = new InMemoryPersonSnapshotStore();
    private final InMemoryOwnWriteStore ownWrites = new InMemoryOwnWriteStore();
    private final TwoWayChangePlanner planner = new TwoWayChangePlanner(
            new TwoWayFieldPlanner(withStatusFields(), HUBSPOT), snapshots, ownWrites,
            new FunnelStatusSync(StatusMappings.validate("statuses", List.of(
                    row(NEW, "lead", "NEW", "Open - Not Contacted"),
                    row(WORKING, "lead", "IN_PROGRESS", "Working - Contacted"),
                    row(MQL, "marketingqualifiedlead", "OPEN", "Open - Not Contacted"),
                    row(SQL, "salesqualifiedlead", "CONNECTED", "Working - Contacted"),
                    row(DISQUALIFIED, "other", "UNQUALIFIED", "Closed - Not Converted"),
                    row(CUSTOMER, "customer", null, "Closed - Converted")))));

    @Test
    void aContactMovedToMqlWritesTheLeadStatusTheTableNamesAndRecordsTheMove() {
        settle(planner.plan(CONTACT, T1, contact("lead", "IN_PROGRESS"), Optional.of(LEAD)));

        TwoWayPlan plan = planner.plan(CONTACT, T2, contact("marketingqualifiedlead", "OPEN"), Optional.of(LEAD));

        assertThat(plan.plan().changes()).containsExactlyEntriesOf(Map.of(PersonField.LEAD_STATUS,
                "Open - Not Contacted"));
        assertThat(plan.status().orElseThrow().stage()).contains(MQL);
        assertThat(plan.status().orElseThrow().transition().orElseThrow().from()).isEqualTo(WORKING);
        assertThat(plan.status().orElseThrow().reason()).isEqualTo("status: HubSpot lifecyclestage "
                + "'marketingqualifiedlead' with hs_lead_status 'OPEN' means MQL");
    }

    @Test
    void aSharedLeadStatusIsReadFromTheStageHubSpotShowsSoWorkingContactedAfterMqlMeansSql() {
        settle(planner.plan(CONTACT, T1, contact("marketingqualifiedlead", "OPEN"), Optional.of(LEAD)));
        settle(planner.plan(LEAD, T2, lead("Open - Not Contacted"), Optional.of(CONTACT)));

        TwoWayPlan plan = planner.plan(LEAD, T3, lead("Working - Contacted"), Optional.of(CONTACT));

        assertThat(plan.status().orElseThrow().stage()).contains(SQL);
        assertThat(plan.plan().changes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PersonField.LIFECYCLE_STAGE, "salesqualifiedlead", PersonField.LEAD_STATUS, "CONNECTED"));
    }

    @Test
    void aMoveTheFunnelForbidsIsRefusedWithItsReasonAndWritesNothing() {
        settle(planner.plan(CONTACT, T1, contact("customer", null), Optional.of(LEAD)));

        TwoWayPlan plan = planner.plan(CONTACT, T2, contact("lead", "NEW"), Optional.of(LEAD));

        assertThat(plan.writesNothing()).isTrue();
        assertThat(plan.status().orElseThrow().stage()).contains(CUSTOMER);
        assertThat(plan.status().orElseThrow().reason()).contains("but customers leave the funnel")
                .endsWith("so the stage stays CUSTOMER");
    }

    @Test
    void ourOwnStatusWriteComingBackIsAnEchoAndPlansNoStatus() {
        TwoWayPlan toMql = planner.plan(CONTACT, T1, contact("marketingqualifiedlead", "OPEN"), Optional.of(LEAD));
        settle(toMql);

        TwoWayPlan echo = planner.plan(LEAD, T2, lead("Open - Not Contacted"), Optional.of(CONTACT));

        assertThat(toMql.plan().changes()).containsEntry(PersonField.LEAD_STATUS, "Open - Not Contacted");
        assertThat(echo.echo()).isTrue();
        assertThat(echo.status()).isEmpty();
        assertThat(echo.writesNothing()).isTrue();
    }

    @Test
    void aBackwardMoveInSalesforceSendsHubSpotTheEarlierLifecycleStage() {
        settle(planner.plan(CONTACT, T1, contact("other", "UNQUALIFIED"), Optional.of(LEAD)));
        settle(planner.plan(LEAD, T2, lead("Closed - Not Converted"), Optional.of(CONTACT)));

        TwoWayPlan plan = planner.plan(LEAD, T3, lead("Working - Contacted"), Optional.of(CONTACT));

        assertThat(plan.status().orElseThrow().transition().orElseThrow().from()).isEqualTo(DISQUALIFIED);
        assertThat(plan.status().orElseThrow().stage()).contains(WORKING);
        assertThat(plan.plan().changes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PersonField.LIFECYCLE_STAGE, "lead", PersonField.LEAD_STATUS, "IN_PROGRESS"));
    }

    @Test
    void aContactVersionHubSpotReportsFromBetweenTheClearAndTheSetOfOurBackwardMoveDecidesNothingAndKeepsOurWrite() {
        writeBackwardMoveToHubSpot("lead", "IN_PROGRESS");

        TwoWayPlan cleared = planner.plan(CONTACT, HUBSPOT_CLEARED_AT, contact("", "IN_PROGRESS"), Optional.of(LEAD));
        settle(cleared);
        TwoWayPlan set = planner.plan(CONTACT, HUBSPOT_SET_AT, contact("lead", "IN_PROGRESS"), Optional.of(LEAD));

        assertThat(cleared.echo()).as("the cleared stage is part of our own write").isTrue();
        assertThat(cleared.status()).isEmpty();
        assertThat(cleared.writesNothing()).isTrue();
        assertThat(set.echo()).as("our write coming back is still recognised").isTrue();
        assertThat(set.status()).isEmpty();
    }

    @Test
    void aStageSomeoneSetsInHubSpotAfterOurBackwardMoveIsTheirsAndDecided() {
        writeBackwardMoveToHubSpot("lead", "IN_PROGRESS");

        TwoWayPlan theirs = planner.plan(CONTACT, HUBSPOT_SET_AT.plusSeconds(60),
                contact("marketingqualifiedlead", "OPEN"), Optional.of(LEAD));

        assertThat(theirs.echo()).isFalse();
        assertThat(theirs.status().orElseThrow().stage()).contains(MQL);
        assertThat(theirs.plan().changes()).containsEntry(PersonField.LEAD_STATUS, "Open - Not Contacted");
    }

    @Test
    void withoutATableTheStatusFieldsAreNeverCopied() {
        TwoWayChangePlanner noTable = new TwoWayChangePlanner(new TwoWayFieldPlanner(withStatusFields(), HUBSPOT),
                snapshots, ownWrites);

        TwoWayPlan plan = noTable.plan(LEAD, T1, lead("Working - Contacted"), Optional.of(CONTACT));

        assertThat(plan.status()).isEmpty();
        assertThat(plan.plan().changes()).doesNotContainKey(PersonField.LEAD_STATUS);
    }

    /**
     * The contact was disqualified, then Salesforce moved the Lead back to Working: our HubSpot write moved the stage
     * back with clear-then-set, and HubSpot stamped the version with the set {@link #HUBSPOT_SET_AT}.
     */
    private void writeBackwardMoveToHubSpot(String lifecycleStage, String leadStatus) {
        settle(planner.plan(CONTACT, T1, contact("other", "UNQUALIFIED"), Optional.of(LEAD)));
        settle(planner.plan(LEAD, T2, lead("Closed - Not Converted"), Optional.of(CONTACT)));
        TwoWayPlan backward = planner.plan(LEAD, T3, lead("Working - Contacted"), Optional.of(CONTACT));
        assertThat(backward.plan().changes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PersonField.LIFECYCLE_STAGE, lifecycleStage, PersonField.LEAD_STATUS, leadStatus));
        planner.settle(backward, Optional.of(CONTACT), backward.plan().changes(), T3, Optional.of(HUBSPOT_SET_AT));
    }

    private void settle(TwoWayPlan plan) {
        planner.settle(plan, plan.writesNothing() ? Optional.empty()
                : Optional.of(plan.source().equals(CONTACT) ? LEAD : CONTACT), plan.snapshot().changedAt());
    }

    private static Person contact(String lifecycleStage, String leadStatus) {
        People.PersonBuilder kim = People.nobody().withEmail("kim@acme.example")
                .with(PersonField.LIFECYCLE_STAGE, lifecycleStage);
        return (leadStatus == null ? kim : kim.with(PersonField.LEAD_STATUS, leadStatus)).build();
    }

    private static Person lead(String status) {
        return People.nobody().withEmail("kim@acme.example").with(PersonField.LEAD_STATUS, status).build();
    }

    private static FieldMappings withStatusFields() {
        List<PersonFieldMapping> entries = new ArrayList<>(FieldMappingsFixture.standardEntries());
        entries.add(mapping(PersonField.LIFECYCLE_STAGE, "lifecyclestage", null, FieldOwnership.TWO_WAY_NEWEST_WINS));
        entries.add(mapping(PersonField.LEAD_STATUS, "hs_lead_status", "Status", FieldOwnership.TWO_WAY_NEWEST_WINS));
        return FieldMappings.validate(FieldMappingsFixture.PATH, entries);
    }

    private static StatusMapping row(FunnelStage stage, String lifecycle, String leadStatus, String salesforce) {
        return new StatusMapping(stage, lifecycle, Optional.ofNullable(leadStatus), Optional.ofNullable(salesforce));
    }
}
