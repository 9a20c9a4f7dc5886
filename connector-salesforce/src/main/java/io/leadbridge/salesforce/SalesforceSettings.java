package io.leadbridge.salesforce;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach one Salesforce org. Validates itself on construction and reports every problem at once,
 * each prefixed with its {@code connector.salesforce.*} property name.
 *
 * <p>Authentication is either a static {@code accessToken} or the OAuth 2.0 client-credentials trio
 * {@code tokenUrl}/{@code clientId}/{@code clientSecret}, never both. A {@code null} {@code apiVersion},
 * {@code hubspotIdField}, {@code connectTimeout} or {@code readTimeout} takes its default; a {@code null}
 * or blank optional is treated as absent. {@link #toString()} never shows the token or the secret.
 *
 * @param instanceUrl    {@code connector.salesforce.instance-url}, e.g. {@code https://acme.my.salesforce.com}
 * @param organizationId {@code connector.salesforce.organization-id}, the 15- or 18-character org id
 * @param apiVersion     {@code connector.salesforce.api-version}, e.g. {@code 65.0}
 * @param hubspotIdField {@code connector.salesforce.hubspot-id-field}, the Lead external-id field holding the
 *                       HubSpot record id
 */
public record SalesforceSettings(URI instanceUrl, String organizationId, String apiVersion,
                                 Optional<String> accessToken, Optional<URI> tokenUrl, Optional<String> clientId,
                                 Optional<String> clientSecret, String hubspotIdField, Duration connectTimeout,
                                 Duration readTimeout) {

    public static final String DEFAULT_API_VERSION = "65.0";
    public static final String DEFAULT_HUBSPOT_ID_FIELD = "HubSpot_Id__c";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);

    private static final String PREFIX = "connector.salesforce.";
    private static final String INSTANCE_URL = PREFIX + "instance-url";
    private static final String ORGANIZATION_ID = PREFIX + "organization-id";
    private static final String API_VERSION = PREFIX + "api-version";
    private static final String ACCESS_TOKEN = PREFIX + "access-token";
    private static final String TOKEN_URL = PREFIX + "token-url";
    private static final String CLIENT_ID = PREFIX + "client-id";
    private static final String CLIENT_SECRET = PREFIX + "client-secret";
    private static final String HUBSPOT_ID_FIELD = PREFIX + "hubspot-id-field";
    private static final String CONNECT_TIMEOUT = PREFIX + "connect-timeout";
    private static final String READ_TIMEOUT = PREFIX + "read-timeout";

    private static final Pattern ORGANIZATION_ID_FORMAT = Pattern.compile("00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?");
    private static final Pattern API_VERSION_FORMAT = Pattern.compile("[1-9][0-9]*\\.0");
    private static final Pattern CUSTOM_FIELD_FORMAT =
            Pattern.compile("([A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*__)?[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*__c");
    private static final String REDACTED = "[redacted]";

    public SalesforceSettings {
        instanceUrl = withoutTrailingSlash(instanceUrl);
        apiVersion = apiVersion == null ? DEFAULT_API_VERSION : apiVersion.trim();
        accessToken = present(accessToken);
        tokenUrl = tokenUrl == null ? Optional.empty() : tokenUrl;
        clientId = present(clientId);
        clientSecret = present(clientSecret);
        hubspotIdField = hubspotIdField == null ? DEFAULT_HUBSPOT_ID_FIELD : hubspotIdField.trim();
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;

        List<String> problems = new ArrayList<>();
        checkHttpUrl(problems, INSTANCE_URL, instanceUrl, "e.g. https://acme.my.salesforce.com");
        checkOrganizationId(problems, organizationId);
        if (!API_VERSION_FORMAT.matcher(apiVersion).matches()) {
            problems.add(API_VERSION + ": '" + apiVersion + "' is not an API version like " + DEFAULT_API_VERSION);
        }
        checkCredentials(problems, accessToken, tokenUrl, clientId, clientSecret);
        if (!CUSTOM_FIELD_FORMAT.matcher(hubspotIdField).matches()) {
            problems.add(HUBSPOT_ID_FIELD + ": '" + hubspotIdField
                    + "' is not a custom field API name ending in __c, e.g. " + DEFAULT_HUBSPOT_ID_FIELD);
        }
        checkTimeout(problems, CONNECT_TIMEOUT, connectTimeout);
        checkTimeout(problems, READ_TIMEOUT, readTimeout);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    /** The partner SOAP endpoint: {@code instanceUrl/services/Soap/u/apiVersion/organizationId}. */
    public String soapEndpoint() {
        return instanceUrl + "/services/Soap/u/" + apiVersion + "/" + organizationId;
    }

    /** Whether the token is obtained (and renewed) with the OAuth 2.0 client-credentials flow. */
    public boolean usesClientCredentials() {
        return accessToken.isEmpty();
    }

    @Override
    public String toString() {
        return "SalesforceSettings[instanceUrl=" + instanceUrl
                + ", organizationId=" + organizationId
                + ", apiVersion=" + apiVersion
                + ", accessToken=" + accessToken.map(t -> REDACTED).orElse("<none>")
                + ", tokenUrl=" + tokenUrl.map(URI::toString).orElse("<none>")
                + ", clientId=" + clientId.orElse("<none>")
                + ", clientSecret=" + clientSecret.map(s -> REDACTED).orElse("<none>")
                + ", hubspotIdField=" + hubspotIdField
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }

    private static Optional<String> present(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::trim).filter(s -> !s.isEmpty());
    }

    private static URI withoutTrailingSlash(URI url) {
        if (url == null) {
            return null;
        }
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.replaceAll("/+$", "")) : url;
    }

    private static void checkHttpUrl(List<String> problems, String key, URI url, String example) {
        if (url == null) {
            problems.add(key + ": must be set, " + example);
            return;
        }
        boolean http = "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
        if (!url.isAbsolute() || !http || url.getHost() == null || url.getRawQuery() != null
                || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            problems.add(key + ": '" + url + "' is not an http(s) URL with a host and without user info, query or"
                    + " fragment; " + example);
        }
    }

    private static void checkOrganizationId(List<String> problems, String organizationId) {
        if (organizationId == null || organizationId.isBlank()) {
            problems.add(ORGANIZATION_ID + ": must be set (Setup > Company Information > Salesforce.com Organization ID)");
        } else if (!ORGANIZATION_ID_FORMAT.matcher(organizationId).matches()) {
            problems.add(ORGANIZATION_ID + ": '" + organizationId
                    + "' is not an organization id (15 or 18 letters and digits starting with 00D)");
        }
    }

    private static void checkCredentials(List<String> problems, Optional<String> accessToken, Optional<URI> tokenUrl,
                                         Optional<String> clientId, Optional<String> clientSecret) {
        boolean anyClientCredential = tokenUrl.isPresent() || clientId.isPresent() || clientSecret.isPresent();
        if (accessToken.isPresent()) {
            if (anyClientCredential) {
                problems.add(ACCESS_TOKEN + ": set either access-token or token-url, client-id and client-secret,"
                        + " not both");
            }
            return;
        }
        if (!anyClientCredential) {
            problems.add(ACCESS_TOKEN + ": must be set, or else all of " + TOKEN_URL + ", " + CLIENT_ID + " and "
                    + CLIENT_SECRET + " (OAuth 2.0 client credentials)");
            return;
        }
        String missing = " must be set for the OAuth 2.0 client-credentials flow (or set " + ACCESS_TOKEN + " instead)";
        if (tokenUrl.isEmpty()) {
            problems.add(TOKEN_URL + ":" + missing);
        } else {
            checkHttpUrl(problems, TOKEN_URL, tokenUrl.get(), "e.g. https://acme.my.salesforce.com/services/oauth2/token");
        }
        if (clientId.isEmpty()) {
            problems.add(CLIENT_ID + ":" + missing);
        }
        if (clientSecret.isEmpty()) {
            problems.add(CLIENT_SECRET + ":" + missing);
        }
    }

    private static void checkTimeout(List<String> problems, String key, Duration timeout) {
        if (timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
            problems.add(key + ": " + timeout + " must be between 1 ms and " + Integer.MAX_VALUE
                    + " ms (0 would mean wait forever)");
        }
    }
}
