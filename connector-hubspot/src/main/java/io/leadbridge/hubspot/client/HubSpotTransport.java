package io.leadbridge.hubspot.client;

import io.leadbridge.core.failure.SyncFailure;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends one JSON call: takes a permit from the rate limits, adds the bearer token, reads the limit
 * headers, answers a 401 with one token refresh and one repeat, repeats a search HubSpot refused for its
 * per-second search limit (up to {@value #SEARCH_ATTEMPTS} tries, each with a new permit), and classifies every
 * failure once.
 */
final class HubSpotTransport {

    private static final Logger log = LoggerFactory.getLogger(HubSpotTransport.class);
    private static final String JSON = "application/json";
    /**
     * Tries of a search HubSpot refuses for its search limit: the client's own limiter spaces the repeat, and HubSpot
     * still refuses one now and then when the network delivered calls closer together than they were sent.
     */
    static final int SEARCH_ATTEMPTS = 3;
    private static final String SECONDLY_POLICY = "SECONDLY";

    private final HttpClient http;
    private final String baseUrl;
    private final AccessTokenSource tokens;
    private final Duration requestTimeout;
    private final HubSpotRateLimits limits;
    private final ObjectMapper json;
    private final FailureClassifier failures;
    private final AtomicReference<RateLimitStatus> lastRateLimit = new AtomicReference<>();

    HubSpotTransport(HttpClient http, URI baseUrl, AccessTokenSource tokens, Duration requestTimeout,
                     HubSpotRateLimits limits, ObjectMapper json) {
        this.http = Objects.requireNonNull(http, "http");
        String url = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.json = json;
        this.failures = new FailureClassifier(json);
    }

    enum Kind { STANDARD, SEARCH }

    /** What a call answered: the parsed body (null for an empty one) and the correlation id. */
    record Answer<T>(T body, String correlationId) {
    }

    <T> Answer<T> call(String method, String pathAndQuery, Object body, Class<T> responseType, Kind kind) {
        for (int attempt = 1; ; attempt++) {
            try {
                return callOnce(method, pathAndQuery, body, responseType, kind);
            } catch (SyncFailureException e) {
                if (kind != Kind.SEARCH || attempt >= SEARCH_ATTEMPTS || !refusedForTheSearchLimit(e.failure())) {
                    throw e;
                }
                log.info("HubSpot refused a search for its per-second limit ({}); repeating it, try {} of {}",
                        e.failure().code(), attempt + 1, SEARCH_ATTEMPTS);
            }
        }
    }

    /** HubSpot's 429 for the search limit: policy {@code SECONDLY}, or none named (the name is not documented). */
    private static boolean refusedForTheSearchLimit(SyncFailure failure) {
        return failure instanceof SyncFailure.RateLimited limited
                && (SECONDLY_POLICY.equals(limited.code()) || FailureClassifier.NO_POLICY.equals(limited.code()));
    }

    private <T> Answer<T> callOnce(String method, String pathAndQuery, Object body, Class<T> responseType,
                                   Kind kind) {
        // built before the permit is taken, so the call goes out as soon as its permit allows (search limit)
        String token = tokens.token();
        HttpRequest request = request(method, pathAndQuery, body, token);
        limits.acquire(kind == Kind.SEARCH);
        HttpResponse<String> response = send(method, pathAndQuery, request);
        if (response.statusCode() == 401) {
            Optional<String> replacement = tokens.replacementFor(token);
            if (replacement.isPresent()) {
                log.info("HubSpot refused the access token; repeating the {} once with a refreshed token", method);
                token = replacement.get();
                request = request(method, pathAndQuery, body, token);
                limits.acquire(kind == Kind.SEARCH);
                response = send(method, pathAndQuery, request);
            }
        }
        RateLimitStatus.from(response.headers()).ifPresent(status -> {
            lastRateLimit.set(status);
            limits.observe(status);
        });
        int status = response.statusCode();
        String correlationId = response.headers().firstValue(FailureClassifier.CORRELATION_ID).orElse("");
        if (status < 200 || status > 299) {
            SyncFailure failure = failures.fromResponse(status, response.headers(), response.body(), token,
                    limits.untilDailyReset());
            if (failure instanceof SyncFailure.RateLimited limited
                    && FailureClassifier.DAILY_POLICY.equals(limited.code())) {
                limits.dailyLimitReached();
            }
            throw failed(method, pathAndQuery, new SyncFailureException(failure));
        }
        if (responseType == Void.class || response.body() == null || response.body().isBlank()) {
            return new Answer<>(null, correlationId);
        }
        try {
            return new Answer<>(json.readValue(response.body(), responseType), correlationId);
        } catch (JacksonException unreadable) {
            // The parser's message may quote the body, which holds personal data: keep it out of the failure.
            throw failed(method, pathAndQuery,
                    new SyncFailureException(failures.unreadableResponse(status, response.headers())));
        }
    }

    /** Reads a batch response's {@code errors} entry into a per-record failure. */
    SyncFailure batchError(JsonNode error, String correlationId) {
        return failures.fromBatchError(error, correlationId);
    }

    Optional<RateLimitStatus> lastRateLimit() {
        return Optional.ofNullable(lastRateLimit.get());
    }

    private HttpRequest request(String method, String pathAndQuery, Object body, String token) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", JSON)
                .method(method, publisher);
        if (body != null) {
            request.header("Content-Type", JSON);
        }
        return request.build();
    }

    private HttpResponse<String> send(String method, String pathAndQuery, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw failed(method, pathAndQuery, new SyncFailureException(failures.fromTransport(e), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailureException(failures.interrupted(), e);
        }
    }

    private static SyncFailureException failed(String method, String path, SyncFailureException failure) {
        // Without the query string: some queries carry an email address.
        int query = path.indexOf('?');
        log.debug("{} {} failed: {}", method, query < 0 ? path : path.substring(0, query), failure.getMessage());
        return failure;
    }
}
