package io.leadbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalesforceSettingsTest {

    private static final URI INSTANCE = URI.create("https://acme.my.salesforce.com");
    private static final String ORG = "00D5g000004AbCd";

    @Test
    void aStaticTokenIsEnough() {
        SalesforceSettings settings = new SalesforceSettings(INSTANCE, ORG, "65.0", Optional.of("token"),
                Optional.empty(), Optional.empty(), Optional.empty(), "HubSpot_Id__c", Duration.ofSeconds(5),
                Duration.ofSeconds(60));

        assertThat(settings.usesClientCredentials()).isFalse();
        assertThat(settings.soapEndpoint())
                .isEqualTo("https://acme.my.salesforce.com/services/Soap/u/65.0/00D5g000004AbCd");
    }

    @Test
    void clientCredentialsAreEnough() {
        SalesforceSettings settings = clientCredentials("id", "secret");

        assertThat(settings.usesClientCredentials()).isTrue();
    }

    @Test
    void unsetApiVersionExternalIdFieldAndTimeoutsTakeTheirDefaults() {
        SalesforceSettings settings = new SalesforceSettings(URI.create("https://acme.my.salesforce.com/"), ORG,
                null, Optional.of("token"), null, null, null, null, null, null);

        assertThat(settings.apiVersion()).isEqualTo(SalesforceSettings.DEFAULT_API_VERSION).isEqualTo("65.0");
        assertThat(settings.hubspotIdField()).isEqualTo(SalesforceSettings.DEFAULT_HUBSPOT_ID_FIELD)
                .isEqualTo("HubSpot_Id__c");
        assertThat(settings.connectTimeout()).isPositive();
        assertThat(settings.readTimeout()).isPositive();
        assertThat(settings.soapEndpoint())
                .isEqualTo("https://acme.my.salesforce.com/services/Soap/u/65.0/00D5g000004AbCd");
    }

    @Test
    void reportsEveryProblemAtOnceEachPrefixedWithItsProperty() {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new SalesforceSettings(URI.create("ftp://acme"), "12345", "v65", Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), "HubSpot_Id", Duration.ZERO,
                        Duration.ofSeconds(-1)));

        assertThat(thrown.problems()).hasSize(7).anySatisfy(p -> assertThat(p)
                .startsWith("connector.salesforce.instance-url: "))
                .anySatisfy(p -> assertThat(p).startsWith("connector.salesforce.organization-id: "))
                .anySatisfy(p -> assertThat(p).startsWith("connector.salesforce.api-version: "))
                .anySatisfy(p -> assertThat(p).startsWith("connector.salesforce.access-token: "))
                .anySatisfy(p -> assertThat(p).startsWith("connector.salesforce.hubspot-id-field: "))
                .anySatisfy(p -> assertThat(p).startsWith("connector.salesforce.connect-timeout: "))
                .anySatisfy(p -> assertThat(p).startsWith("connector.salesforce.read-timeout: "));
    }

    @Test
    void incompleteClientCredentialsNameEachMissingProperty() {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new SalesforceSettings(INSTANCE, ORG, "65.0", Optional.empty(),
                        Optional.of(URI.create("https://acme.my.salesforce.com/services/oauth2/token")),
                        Optional.of(" "), Optional.empty(), "HubSpot_Id__c", null, null));

        assertThat(thrown.problems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("connector.salesforce.client-id: "))
                .anySatisfy(p -> assertThat(p).startsWith("connector.salesforce.client-secret: "));
    }

    @Test
    void aStaticTokenAndClientCredentialsTogetherAreAmbiguous() {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new SalesforceSettings(INSTANCE, ORG, "65.0", Optional.of("token"),
                        Optional.empty(), Optional.of("id"), Optional.of("secret"), "HubSpot_Id__c", null, null));

        assertThat(thrown.problems()).singleElement().asString()
                .startsWith("connector.salesforce.access-token: ").contains("not both");
    }

    @Test
    void acceptsEighteenCharacterOrgIdsAndNamespacedExternalIdFields() {
        SalesforceSettings settings = new SalesforceSettings(INSTANCE, "00D5g000004AbCdEAK", "64.0",
                Optional.of("token"), Optional.empty(), Optional.empty(), Optional.empty(), "lb__HubSpot_Id__c",
                null, null);

        assertThat(settings.soapEndpoint()).endsWith("/services/Soap/u/64.0/00D5g000004AbCdEAK");
    }

    @Test
    void toStringAndProblemsNeverShowTheTokenOrTheSecret() {
        SalesforceSettings withToken = new SalesforceSettings(INSTANCE, ORG, "65.0",
                Optional.of("00D5g000004AbCd!AQ0AQVerySecretToken"), Optional.empty(), Optional.empty(),
                Optional.empty(), "HubSpot_Id__c", null, null);
        SalesforceSettings withSecret = clientCredentials("leadbridge-client", "VerySecretClientSecret");
        InvalidConfigurationException invalid = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new SalesforceSettings(INSTANCE, "bad", "65.0", Optional.of("VerySecretToken"),
                        Optional.empty(), Optional.empty(), Optional.of("VerySecretClientSecret"), "HubSpot_Id__c",
                        null, null));

        assertThat(withToken.toString()).doesNotContain("VerySecretToken").contains("accessToken=[redacted]");
        assertThat(withSecret.toString()).doesNotContain("VerySecretClientSecret")
                .contains("clientSecret=[redacted]").contains("clientId=leadbridge-client");
        assertThat(invalid.getMessage()).doesNotContain("VerySecret");
    }

    private static SalesforceSettings clientCredentials(String clientId, String clientSecret) {
        return new SalesforceSettings(INSTANCE, ORG, "65.0", Optional.empty(),
                Optional.of(URI.create("https://acme.my.salesforce.com/services/oauth2/token")),
                Optional.of(clientId), Optional.of(clientSecret), "HubSpot_Id__c", null, null);
    }
}
