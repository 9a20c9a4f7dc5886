package io.leadbridge.core.status;

import static io.leadbridge.core.model.FunnelStage.CUSTOMER;
import static io.leadbridge.core.model.FunnelStage.DISQUALIFIED;
import static io.leadbridge.core.model.FunnelStage.MQL;
import static io.leadbridge.core.model.FunnelStage.NEW;
import static io.leadbridge.core.model.FunnelStage.SQL;
import static io.leadbridge.core.model.FunnelStage.WORKING;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FunnelStatusSyncTest {

    private static final Instant AT = Instant.parse("2025-03-03T09:00:00Z");
    private static final String SAM = "sam.sdr@leadbridge.example";

    /** Salesforce's "Open - Not Contacted" means NEW or MQL; HubSpot's "lead" lifecycle means NEW or WORKING. */
    private final FunnelStatusSync sync = new FunnelStatusSync(StatusMappings.validate("status-mappings", List.of(
            row(NEW, "lead", "NEW", "Open - Not Contacted"),
            row(WORKING, "lead", "IN_PROGRESS", "Working - Contacted"),
            row(MQL, "marketingqualifiedlead", null, "Open - Not Contacted"),
            row(SQL, "salesqualifiedlead", null, "Qualified"),
            row(DISQUALIFIED, "other", "UNQUALIFIED", "Unqualified"),
            row(CUSTOMER, "customer", null, null))));

    @Nested
    class FromSalesforceToHubSpot {

        @Test
        void anSdrWorkingALeadMovesThePersonToWorkingAndHubSpotFollows() {
            StatusDecision decision = sync.fromSalesforce(Optional.of(NEW), "Working - Contacted", AT, SAM);

            assertThat(decision.stage()).contains(WORKING);
            assertThat(decision.transition()).contains(new StageTransition(NEW, WORKING, AT, SAM,
                    "status: Salesforce Lead.Status 'Working - Contacted' means WORKING"));
            assertThat(decision.changes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    PersonField.LIFECYCLE_STAGE, "lead", PersonField.LEAD_STATUS, "IN_PROGRESS"));
        }

        @Test
        void aValueSharedByTheCurrentStageKeepsIt() {
            StatusDecision decision = sync.fromSalesforce(Optional.of(MQL), "Open - Not Contacted", AT, SAM);

            assertThat(decision.stage()).contains(MQL);
            assertThat(decision.transition()).isEmpty();
            assertThat(decision.writesNothing()).isTrue();
            assertThat(decision.reason()).isEqualTo("status: Salesforce Lead.Status 'Open - Not Contacted', which NEW,"
                    + " MQL share; the person is already MQL, so the stage stays");
        }

        @Test
        void anAmbiguousValueNeverMovesAPersonBack() {
            StatusDecision decision = sync.fromSalesforce(Optional.of(SQL), "Open - Not Contacted", AT, SAM);

            assertThat(decision.stage()).contains(SQL);
            assertThat(decision.transition()).isEmpty();
            assertThat(decision.writesNothing()).isTrue();
            assertThat(decision.reason()).isEqualTo("status: Salesforce Lead.Status 'Open - Not Contacted' is shared "
                    + "by NEW, MQL; none of them is a move forward from SQL, so the stage stays rather than move back"
                    + " on an ambiguous value");
        }

        @Test
        void anAmbiguousValueTakesTheStageThatMovesForward() {
            StatusDecision decision = sync.fromSalesforce(Optional.of(WORKING), "Open - Not Contacted", AT, SAM);

            assertThat(decision.stage()).contains(MQL);
            assertThat(decision.changes()).containsExactly(Map.entry(PersonField.LIFECYCLE_STAGE,
                    "marketingqualifiedlead"));
            assertThat(decision.reason()).contains("MQL is the first that moves forward from WORKING");
        }

        @Test
        void aMoveTheFunnelForbidsLeavesTheStageAndSaysWhy() {
            StatusDecision decision = sync.fromSalesforce(Optional.of(CUSTOMER), "Working - Contacted", AT, SAM);

            assertThat(decision.stage()).contains(CUSTOMER);
            assertThat(decision.transition()).isEmpty();
            assertThat(decision.reason()).isEqualTo("status: Salesforce Lead.Status 'Working - Contacted' means "
                    + "WORKING, but customers leave the funnel; they are not moved by sales-development rules, so the"
                    + " stage stays CUSTOMER");
        }

        @Test
        void aStatusMissingFromTheTableChangesNothing() {
            StatusDecision decision = sync.fromSalesforce(Optional.of(WORKING), "Nurturing", AT, SAM);

            assertThat(decision.stage()).contains(WORKING);
            assertThat(decision.writesNothing()).isTrue();
            assertThat(decision.reason()).isEqualTo("status: Salesforce Lead.Status 'Nurturing' is not in the "
                    + "funnel-status table, so the stage stays WORKING");
        }
    }

    @Nested
    class FromHubSpotToSalesforce {

        @Test
        void aSalesQualifiedContactBecomesAQualifiedLead() {
            StatusDecision decision = sync.fromHubSpot(Optional.of(MQL), "salesqualifiedlead", Optional.empty(), AT,
                    "HUBSPOT:contact:512");

            assertThat(decision.stage()).contains(SQL);
            assertThat(decision.changes()).containsExactly(Map.entry(PersonField.LEAD_STATUS, "Qualified"));
            assertThat(decision.transition().orElseThrow().cause()).isEqualTo("HUBSPOT:contact:512");
        }

        @Test
        void theLeadStatusSettlesWhichStageALifecycleSharedByTwoStagesMeans() {
            StatusDecision decision = sync.fromHubSpot(Optional.of(NEW), "lead", Optional.of("IN_PROGRESS"), AT, SAM);

            assertThat(decision.stage()).contains(WORKING);
            assertThat(decision.changes()).containsExactly(Map.entry(PersonField.LEAD_STATUS, "Working - Contacted"));
        }

        @Test
        void aSharedLifecycleWithoutLeadStatusKeepsTheCurrentStage() {
            StatusDecision decision = sync.fromHubSpot(Optional.of(WORKING), "lead", Optional.empty(), AT, SAM);

            assertThat(decision.stage()).contains(WORKING);
            assertThat(decision.transition()).isEmpty();
        }

        @Test
        void anUnambiguousRecycleIsAllowedAndMarkedBackward() {
            StatusDecision decision = sync.fromHubSpot(Optional.of(SQL), "lead", Optional.of("IN_PROGRESS"), AT, SAM);

            assertThat(decision.stage()).contains(WORKING);
            assertThat(decision.transition().orElseThrow().isBackward()).isTrue();
            assertThat(decision.changes()).containsExactly(Map.entry(PersonField.LEAD_STATUS, "Working - Contacted"));
        }

        @Test
        void aStageSalesforceHasNoStatusForIsNotWrittenThereAndSaysSo() {
            StatusDecision decision = sync.fromHubSpot(Optional.of(SQL), "customer", Optional.empty(), AT, SAM);

            assertThat(decision.stage()).contains(CUSTOMER);
            assertThat(decision.transition()).isPresent();
            assertThat(decision.writesNothing()).isTrue();
            assertThat(decision.reason()).endsWith("; SALESFORCE has no status value for CUSTOMER in the table, so "
                    + "nothing is written there");
        }
    }

    @Test
    void aPersonSeenForTheFirstTimeTakesTheFirstStageTheValueMeansAndTheOtherCrmIsTold() {
        StatusDecision decision = sync.fromSalesforce(Optional.empty(), "Open - Not Contacted", AT, SAM);

        assertThat(decision.stage()).contains(NEW);
        assertThat(decision.transition()).isEmpty();
        assertThat(decision.changes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PersonField.LIFECYCLE_STAGE, "lead", PersonField.LEAD_STATUS, "NEW"));
    }

    private static StatusMapping row(FunnelStage stage, String lifecycle, String leadStatus, String salesforce) {
        return new StatusMapping(stage, lifecycle, Optional.ofNullable(leadStatus), Optional.ofNullable(salesforce));
    }
}
