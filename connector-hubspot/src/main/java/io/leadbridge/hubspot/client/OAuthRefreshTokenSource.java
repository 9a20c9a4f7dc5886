package io.leadbridge.hubspot.client;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * OAuth 2.0 access tokens from a refresh token: {@code POST /oauth/{version}/token}, form encoded, every
 * parameter in the body. The token is refreshed proactively, {@link #REFRESH_MARGIN} (at most half its
 * life) before {@code expires_in} runs out, because HubSpot says a 401 is no reliable signal.
 *
 * <p><b>Threading:</b> one refresh serves all callers: a caller that finds the token stale refreshes it
 * under a lock, and callers that waited for the lock find the fresh token and use it. A rotated refresh
 * token in the answer replaces the old one.
 */
public final class OAuthRefreshTokenSource implements AccessTokenSource {

    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(OAuthRefreshTokenSource.class);

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Duration requestTimeout;
    private final Clock clock;
    private final ObjectMapper json;
    private final FailureClassifier failures;
    private final Object lock = new Object();
    private String refreshToken;
    private volatile Issued current;

    /**
     * @param baseUrl    e.g. {@code https://api.hubapi.com}
     * @param apiVersion {@code 2026-03} uses {@code /oauth/2026-03/token}; {@code v3} uses {@code /oauth/v3/token}
     */
    public OAuthRefreshTokenSource(HttpClient http, URI baseUrl, String apiVersion, String clientId,
                                   String clientSecret, String refreshToken, Duration requestTimeout, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.tokenEndpoint = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + new ApiPaths(apiVersion).oauthToken());
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.json = HubSpotJson.mapper();
        this.failures = new FailureClassifier(json);
    }

    @Override
    public String token() {
        Issued issued = current;
        if (issued != null && issued.freshAt(clock.instant())) {
            return issued.token();
        }
        synchronized (lock) {
            issued = current;
            if (issued != null && issued.freshAt(clock.instant())) {
                return issued.token();
            }
            return refresh().token();
        }
    }

    @Override
    public Optional<String> replacementFor(String rejected) {
        synchronized (lock) {
            Issued issued = current;
            if (issued != null && !issued.token().equals(rejected)) {
                return Optional.of(issued.token());
            }
            return Optional.of(refresh().token());
        }
    }

    private Issued refresh() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("refresh_token", refreshToken);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            SyncFailure failure = failures.fromResponse(response.statusCode(), response.headers(), response.body(),
                    clientSecret, Duration.ZERO);
            if (response.statusCode() >= 400 && response.statusCode() < 500 && response.statusCode() != 429) {
                failure = new SyncFailure.Permanent("OAUTH_REFRESH_REFUSED",
                        "HubSpot refused the OAuth refresh token (HTTP " + response.statusCode() + "): "
                                + failure.message(), failure.correlationId(), java.util.List.of());
            }
            throw new SyncFailureException(failure);
        }
        AccessTokenResponse answer;
        try {
            answer = json.readValue(response.body(), AccessTokenResponse.class);
        } catch (JacksonException unreadable) {
            throw new SyncFailureException(failures.unreadableResponse(response.statusCode(), response.headers()));
        }
        if (answer.accessToken() == null || answer.accessToken().isBlank() || answer.expiresIn() <= 0) {
            throw new SyncFailureException(failures.unreadableResponse(response.statusCode(), response.headers()));
        }
        if (answer.refreshToken() != null && !answer.refreshToken().isBlank()) {
            refreshToken = answer.refreshToken();
        }
        Duration life = Duration.ofSeconds(answer.expiresIn());
        Duration margin = REFRESH_MARGIN.compareTo(life.dividedBy(2)) < 0 ? REFRESH_MARGIN : life.dividedBy(2);
        Issued issued = new Issued(answer.accessToken(), clock.instant().plus(life).minus(margin));
        current = issued;
        log.info("HubSpot OAuth access token refreshed; valid for {} s", answer.expiresIn());
        return issued;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SyncFailureException(failures.fromTransport(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailureException(failures.interrupted(), e);
        }
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return "OAuthRefreshTokenSource[" + tokenEndpoint + ", clientId=" + clientId + ", secrets=****]";
    }

    /** An access token and the instant from which it counts as stale. */
    private record Issued(String token, Instant refreshAt) {
        boolean freshAt(Instant now) {
            return now.isBefore(refreshAt);
        }

        @Override
        public String toString() {
            return "Issued[****, refreshAt=" + refreshAt + "]";
        }
    }
}
