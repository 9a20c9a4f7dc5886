package io.leadbridge.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.app.support.RunningApp;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartialConfigurationTest {

    @Test
    void aHalfConfiguredConnectorRefusesToStartAndNamesEveryMissingKey() {
        assertThatThrownBy(() -> RunningApp.start(Map.of(
                "spring.datasource.url", "jdbc:h2:mem:partial;DB_CLOSE_DELAY=-1",
                "connector.hubspot.access-token", "pat-eu1-00000000-0000-0000-0000-000000000000")))
                .rootCause()
                .hasMessageContaining("connector.salesforce.instance-url")
                .hasMessageContaining("connector.salesforce.organization-id")
                .hasMessageNotContaining("pat-eu1-00000000");
    }

    @Test
    void anUnknownOwnershipRuleInThePersonFieldTableIsAStartUpErrorWithItsPath() {
        assertThatThrownBy(() -> RunningApp.start(Map.of(
                "spring.datasource.url", "jdbc:h2:mem:badmapping;DB_CLOSE_DELAY=-1",
                "connector.hubspot.access-token", "pat-eu1-00000000-0000-0000-0000-000000000000",
                "connector.salesforce.instance-url", "https://acme.my.salesforce.com",
                "connector.salesforce.organization-id", "00D5g000004AbCdEAK",
                "connector.salesforce.access-token", "00D5g000004AbCd!token",
                "connector.sync.person-fields[0].field", "email",
                "connector.sync.person-fields[0].hubspot", "email",
                "connector.sync.person-fields[0].salesforce", "Email",
                "connector.sync.person-fields[0].ownership", "hubspot-wins")))
                .rootCause()
                .hasMessageContaining("connector.sync.person-fields[0].ownership: 'hubspot-wins' is not an ownership rule");
    }
}
