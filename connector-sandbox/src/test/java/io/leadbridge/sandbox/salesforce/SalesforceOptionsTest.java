package io.leadbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.sandbox.salesforce.outbound.OutboundMessagingOptions;
import io.leadbridge.sandbox.salesforce.store.LeadStatusValue;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalesforceOptionsTest {

    @Test
    void defaultsAreUsable() {
        SalesforceOptions options = SalesforceOptions.builder().build();

        assertThat(options.port()).isZero();
        assertThat(options.dailyApiAllocation()).isEqualTo(100_000);
        assertThat(options.externalIdFields()).containsExactly("HubSpot_Id__c");
        assertThat(options.leadStatuses()).isEqualTo(LeadStatusValue.STANDARD);
        assertThat(options.errorRate()).isZero();
        assertThat(options.outboundMessaging()).isEmpty();
    }

    @Test
    void neitherTheClientSecretNorTheListenerPathIsShown() {
        SalesforceOptions options = SalesforceOptions.builder().clientCredentials("client", "very-secret")
                .outboundMessaging(OutboundMessagingOptions.to(URI.create("https://listener.example/om/tok3n")))
                .build();

        assertThat(options.toString()).contains("client").contains("https://listener.example/[path hidden]")
                .doesNotContain("very-secret").doesNotContain("tok3n");
    }

    @Test
    void everyInvalidValueIsReportedByName() {
        assertThatThrownBy(() -> SalesforceOptions.builder().port(70_000).organizationId("001bad")
                .clientCredentials(" ", "").sessionTtl(Duration.ofSeconds(-1)).dailyApiAllocation(-5)
                .externalIdFields(Set.of("HubSpotId")).leadStatuses(List.of(new LeadStatusValue("Open", false, false)))
                .latency(Duration.ofMillis(-1), Duration.ZERO).errors(1.5, Set.of())
                .timeoutDelay(Duration.ofMinutes(11)).threads(0)
                .outboundMessaging(OutboundMessagingOptions.to(URI.create("ftp://listener")).withBatchSize(101))
                .build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.startsWith("salesforce.port:"))
                        .anyMatch(p -> p.startsWith("salesforce.organizationId:"))
                        .anyMatch(p -> p.startsWith("salesforce.clientId:"))
                        .anyMatch(p -> p.startsWith("salesforce.clientSecret:"))
                        .anyMatch(p -> p.startsWith("salesforce.sessionTtl:"))
                        .anyMatch(p -> p.startsWith("salesforce.dailyApiAllocation:"))
                        .anyMatch(p -> p.startsWith("salesforce.externalIdFields: 'HubSpotId'"))
                        .anyMatch(p -> p.equals("salesforce.leadStatuses: exactly one status must be the default"))
                        .anyMatch(p -> p.startsWith("salesforce.leadStatuses: at least one status must be a converted"))
                        .anyMatch(p -> p.startsWith("salesforce.latency:"))
                        .anyMatch(p -> p.startsWith("salesforce.errorRate:"))
                        .anyMatch(p -> p.startsWith("salesforce.injectedFaults:"))
                        .anyMatch(p -> p.startsWith("salesforce.timeoutDelay:"))
                        .anyMatch(p -> p.startsWith("salesforce.threads:"))
                        .anyMatch(p -> p.startsWith("salesforce.outboundMessaging.endpoint:"))
                        .anyMatch(p -> p.startsWith("salesforce.outboundMessaging.batchSize:")));
    }
}
