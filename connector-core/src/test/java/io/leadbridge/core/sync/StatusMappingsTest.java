package io.leadbridge.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.FunnelStage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusMappingsTest {

    private static StatusMapping row(FunnelStage stage, String lifecycle, String leadStatus, String salesforce) {
        return new StatusMapping(stage, lifecycle, Optional.ofNullable(leadStatus), Optional.ofNullable(salesforce));
    }

    private final StatusMappings table = StatusMappings.validate("t", List.of(
            row(FunnelStage.NEW, "lead", "NEW", "Open - Not Contacted"),
            row(FunnelStage.WORKING, "lead", "IN_PROGRESS", "Working - Contacted"),
            row(FunnelStage.MQL, "marketingqualifiedlead", "OPEN", "Open - Not Contacted"),
            row(FunnelStage.CUSTOMER, "customer", null, "Closed - Converted")));

    @Test
    void readsASalesforceStatusBackToTheFirstStageThatUsesIt() {
        assertThat(table.stageForSalesforceStatus("Open - Not Contacted")).contains(FunnelStage.NEW);
        assertThat(table.stageForSalesforceStatus("Closed - Converted")).contains(FunnelStage.CUSTOMER);
        assertThat(table.stageForSalesforceStatus("Qualified")).isEmpty();
    }

    @Test
    void readsAHubSpotContactByLifecycleAndLeadStatusThenLifecycleAlone() {
        assertThat(table.stageForHubSpot("lead", Optional.of("IN_PROGRESS"))).contains(FunnelStage.WORKING);
        assertThat(table.stageForHubSpot("lead", Optional.of("BAD_TIMING"))).contains(FunnelStage.NEW);
        assertThat(table.stageForHubSpot("customer", Optional.empty())).contains(FunnelStage.CUSTOMER);
        assertThat(table.stageForHubSpot("evangelist", Optional.empty())).isEmpty();
    }

    @Test
    void listsEveryStageAValueCanMeanInTableOrder() {
        assertThat(table.stagesForSalesforceStatus("Open - Not Contacted")).containsExactly(FunnelStage.NEW,
                FunnelStage.MQL);
        assertThat(table.stagesForHubSpot("lead", Optional.empty())).containsExactly(FunnelStage.NEW,
                FunnelStage.WORKING);
        assertThat(table.stagesForHubSpot("lead", Optional.of("IN_PROGRESS"))).containsExactly(FunnelStage.WORKING);
        assertThat(table.stagesForSalesforceStatus("Qualified")).isEmpty();
    }

    @Test
    void listsEveryValueEachCrmMustOffer() {
        assertThat(table.hubspotLifecycleStages()).containsExactly("lead", "marketingqualifiedlead", "customer");
        assertThat(table.hubspotLeadStatuses()).containsExactly("NEW", "IN_PROGRESS", "OPEN");
        assertThat(table.salesforceLeadStatuses())
                .containsExactly("Open - Not Contacted", "Working - Contacted", "Closed - Converted");
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        assertThatThrownBy(() -> StatusMappings.validate("connector.sync.status-mappings", List.of(
                row(FunnelStage.NEW, "lead", null, null),
                row(FunnelStage.NEW, " ", null, null))))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .containsExactly("connector.sync.status-mappings[1].stage: NEW is mapped twice",
                                "connector.sync.status-mappings[1].hubspot-lifecycle-stage: must name the HubSpot"
                                        + " lifecyclestage value for NEW"));
    }
}
