package io.leadbridge.hubspot.client;

import io.leadbridge.core.failure.SyncFailureException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A thin typed client for HubSpot's CRM API.
 *
 * <p><b>Threading:</b> safe to share between threads. <b>Failures:</b> every failed call throws
 * {@link SyncFailureException} whose failure is classified once, here: 429 is
 * {@link io.leadbridge.core.failure.SyncFailure.RateLimited RateLimited}; 423, 477, 5xx, timeouts and
 * connection errors are {@link io.leadbridge.core.failure.SyncFailure.Retriable Retriable}; 409 is a
 * {@link io.leadbridge.core.failure.SyncFailure.Conflict Conflict}; every other status is
 * {@link io.leadbridge.core.failure.SyncFailure.Permanent Permanent}. Failures carry HubSpot's correlation
 * id; messages never hold the access token or record values.
 *
 * <p>Rate limits are not applied here; callers budget from {@link #lastRateLimit()}.
 */
public final class HubSpotClient {

    private static final Logger log = LoggerFactory.getLogger(HubSpotClient.class);
    private static final Pattern DATE_VERSION = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern OBJECT_TYPE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String LEGACY_VERSION = "v3";
    private static final String JSON = "application/json";

    private final HttpClient http;
    private final String baseUrl;
    private final String apiVersion;
    private final String authorization;
    private final Duration requestTimeout;
    private final ObjectMapper json;
    private final FailureClassifier failures;
    private final AtomicReference<RateLimitStatus> lastRateLimit = new AtomicReference<>();

    /**
     * @param baseUrl        e.g. {@code https://api.hubapi.com}; a path prefix is kept
     * @param accessToken    sent as a bearer token
     * @param apiVersion     a date version such as {@code 2026-03}, or {@code v3}
     * @param requestTimeout how long to wait for each response
     */
    public HubSpotClient(HttpClient http, URI baseUrl, String accessToken, String apiVersion,
                         Duration requestTimeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl").toString());
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
        if (!LEGACY_VERSION.equals(apiVersion) && !DATE_VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("apiVersion must be a date version such as 2026-03, or v3");
        }
        this.authorization = "Bearer " + Objects.requireNonNull(accessToken, "accessToken");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        this.failures = new FailureClassifier(json, accessToken);
    }

    /** A client on its own {@link HttpClient} that gives up connecting after {@code connectTimeout}. */
    public static HubSpotClient create(URI baseUrl, String accessToken, String apiVersion, Duration connectTimeout,
                                       Duration requestTimeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        return new HubSpotClient(http, baseUrl, accessToken, apiVersion, requestTimeout);
    }

    /**
     * Runs one CRM search page: {@code POST /crm/objects/{version}/{objectType}/search}
     * ({@code /crm/v3/objects/{objectType}/search} for {@code v3}).
     *
     * @param objectType e.g. {@code contacts} or an object type id such as {@code 0-1}
     * @throws SyncFailureException if HubSpot refused or could not be reached
     */
    public SearchResponse searchObjects(String objectType, SearchRequest request) {
        Objects.requireNonNull(request, "request");
        return post(objectsPath(objectType) + "/search", request, SearchResponse.class);
    }

    /** The rate-limit headers of the latest response that carried any; empty until then. */
    public Optional<RateLimitStatus> lastRateLimit() {
        return Optional.ofNullable(lastRateLimit.get());
    }

    private String objectsPath(String objectType) {
        if (objectType == null || !OBJECT_TYPE.matcher(objectType).matches()) {
            throw new IllegalArgumentException("objectType must be a HubSpot object type name or id");
        }
        return LEGACY_VERSION.equals(apiVersion)
                ? "/crm/v3/objects/" + objectType
                : "/crm/objects/" + apiVersion + "/" + objectType;
    }

    private <T> T post(String path, Object body, Class<T> responseType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Authorization", authorization)
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = send(request, path);
        RateLimitStatus.from(response.headers()).ifPresent(lastRateLimit::set);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            SyncFailureException failure =
                    new SyncFailureException(failures.fromResponse(status, response.headers(), response.body()));
            log.debug("POST {} failed: {}", path, failure.getMessage());
            throw failure;
        }
        try {
            return json.readValue(response.body(), responseType);
        } catch (JacksonException unreadable) {
            // The parser's message may quote the body, which holds personal data: keep it out of the failure.
            SyncFailureException failure =
                    new SyncFailureException(failures.unreadableResponse(status, response.headers()));
            log.debug("POST {} failed: {}", path, failure.getMessage());
            throw failure;
        }
    }

    private HttpResponse<String> send(HttpRequest request, String path) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            SyncFailureException failure = new SyncFailureException(failures.fromTransport(e), e);
            log.debug("POST {} failed: {}", path, failure.getMessage());
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailureException(failures.interrupted(), e);
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
