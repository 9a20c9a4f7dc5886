package io.leadbridge.salesforce.support;

import io.leadbridge.salesforce.SalesforceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Settings that point the adapter at a local WireMock server. */
public final class TestSettings {

    public static final String STATIC_TOKEN = SoapStubs.ORGANIZATION_ID + "!AQ0AQStaticTokenForTests";
    public static final String CLIENT_ID = "leadbridge-client";
    public static final String CLIENT_SECRET = "s3cr+t/value";

    private TestSettings() {
    }

    public static SalesforceSettings staticToken(String baseUrl) {
        return staticToken(baseUrl, Duration.ofSeconds(5));
    }

    public static SalesforceSettings staticToken(String baseUrl, Duration readTimeout) {
        return new SalesforceSettings(URI.create(baseUrl), SoapStubs.ORGANIZATION_ID, "65.0",
                Optional.of(STATIC_TOKEN), Optional.empty(), Optional.empty(), Optional.empty(),
                LeadWrites.HUBSPOT_ID_FIELD, Duration.ofSeconds(2), readTimeout);
    }

    public static SalesforceSettings clientCredentials(String baseUrl) {
        return new SalesforceSettings(URI.create(baseUrl), SoapStubs.ORGANIZATION_ID, "65.0", Optional.empty(),
                Optional.of(URI.create(baseUrl + SoapStubs.TOKEN_PATH)), Optional.of(CLIENT_ID),
                Optional.of(CLIENT_SECRET), LeadWrites.HUBSPOT_ID_FIELD, Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    /** A session id shaped like Salesforce's: org id, '!', opaque text. */
    public static String sessionToken(String suffix) {
        return SoapStubs.ORGANIZATION_ID + "!AQ0AQ" + suffix;
    }
}
