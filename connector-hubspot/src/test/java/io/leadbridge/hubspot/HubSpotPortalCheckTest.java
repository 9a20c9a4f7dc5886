package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.hubspot.HubSpotPortalCheck.ConfiguredProperty;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotPortalCheckTest {

    private static final String STATUS_PATH = "connector.sync.status-mappings";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void portalWithDefaultProperties() {
        hubspot.stubFor(get(urlPathEqualTo("/crm/properties/2026-03/contacts"))
                .willReturn(okJson(body("properties/contacts-all.json"))));
    }

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void acceptsMappingsThatUseOnlyPropertiesAndOptionsThePortalHas() {
        assertThatCode(() -> check().verify(
                List.of(new ConfiguredProperty("connector.sync.person-fields[0].hubspot", "email"),
                        new ConfiguredProperty("connector.sync.person-fields[4].hubspot", "jobtitle")),
                statuses(row(FunnelStage.NEW, "lead", "NEW"), row(FunnelStage.SQL, "salesqualifiedlead", "CONNECTED"),
                        row(FunnelStage.CUSTOMER, "customer", null)), STATUS_PATH))
                .doesNotThrowAnyException();
    }

    @Test
    void namesEveryMissingPropertyAndEveryValueThatIsNotAnOptionWithItsConfigurationKey() {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> check().verify(
                        List.of(new ConfiguredProperty("connector.sync.person-fields[4].hubspot", "job_title")),
                        statuses(row(FunnelStage.NEW, "lead", "NEW"), row(FunnelStage.WORKING, "lead", "IN_PROGRESS"),
                                row(FunnelStage.MQL, "marketingqualifiedlead", "OPEN"),
                                row(FunnelStage.SQL, "sales_qualified", "QUALIFIED")), STATUS_PATH));

        assertThat(thrown.problems()).containsExactly(
                "connector.sync.person-fields[4].hubspot: 'job_title' is not a property of HubSpot contacts",
                "connector.sync.status-mappings[3].hubspot-lifecycle-stage: 'sales_qualified' is not an option of "
                        + "lifecyclestage (options: subscriber, lead, marketingqualifiedlead, salesqualifiedlead, "
                        + "opportunity, customer, evangelist, other)",
                "connector.sync.status-mappings[3].hubspot-lead-status: 'QUALIFIED' is not an option of hs_lead_status "
                        + "(options: NEW, OPEN, IN_PROGRESS, OPEN_DEAL, UNQUALIFIED, ATTEMPTED_TO_CONTACT, CONNECTED, "
                        + "BAD_TIMING)");
    }

    private static HubSpotPortalCheck check() {
        return HubSpotAdapter.connect(new HubSpotSettings(URI.create(hubspot.baseUrl()), TOKEN, "2026-03",
                Duration.ofSeconds(2), Duration.ofSeconds(5)), java.time.Clock.systemUTC()).portalCheck();
    }

    private static StatusMappings statuses(StatusMapping... rows) {
        return StatusMappings.validate(STATUS_PATH, List.of(rows));
    }

    private static StatusMapping row(FunnelStage stage, String lifecycle, String leadStatus) {
        return new StatusMapping(stage, lifecycle, Optional.ofNullable(leadStatus), Optional.empty());
    }
}
