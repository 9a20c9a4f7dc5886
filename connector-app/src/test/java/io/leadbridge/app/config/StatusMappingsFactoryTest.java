package io.leadbridge.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.sync.StatusMappings;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusMappingsFactoryTest {

    @Test
    void readsStagesCaseInsensitively() {
        StatusMappings table = StatusMappingsFactory.from(List.of(
                new ConnectorProperties.StatusMappingEntry("mql", "marketingqualifiedlead", "OPEN", "Open - Not Contacted")));

        assertThat(table.forStage(FunnelStage.MQL)).hasValueSatisfying(row -> {
            assertThat(row.hubspotLeadStatus()).contains("OPEN");
            assertThat(row.salesforceLeadStatus()).contains("Open - Not Contacted");
        });
    }

    @Test
    void namesTheEntryAndTheAllowedStagesForAnUnknownStage() {
        assertThatThrownBy(() -> StatusMappingsFactory.from(List.of(
                new ConnectorProperties.StatusMappingEntry("LEAD", "lead", null, null))))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .containsExactly("connector.sync.status-mappings[0].stage: 'LEAD' is not a funnel stage; use one"
                                + " of NEW, WORKING, MQL, SQL, SAL, OPPORTUNITY, CUSTOMER, DISQUALIFIED, NURTURE"));
    }

    @Test
    void refusesAnEmptyTable() {
        assertThatThrownBy(() -> StatusMappingsFactory.from(null))
                .hasMessageContaining("connector.sync.status-mappings: no funnel stage is mapped");
    }
}
