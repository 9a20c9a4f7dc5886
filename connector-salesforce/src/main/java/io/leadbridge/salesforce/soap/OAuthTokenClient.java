package io.leadbridge.salesforce.soap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One OAuth 2.0 client-credentials token request to Salesforce's token endpoint
 * ({@code POST /services/oauth2/token}, form-encoded). Failures are classified here: bad credentials are
 * permanent, 429 is rate limited, 5xx and I/O are retriable. Neither the secret nor a token is ever put in
 * a message.
 */
final class OAuthTokenClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Duration readTimeout;
    private final HttpClient http;

    OAuthTokenClient(URI tokenUrl, String clientId, String clientSecret, Duration connectTimeout,
                     Duration readTimeout) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Requests a new access token; throws {@link SyncFailureException} when none is granted. */
    String requestToken() {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(readTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form()))
                .build();
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        if (status == 200) {
            return accessToken(response.body());
        }
        throw new SyncFailureException(failure(status, response));
    }

    private String form() {
        return "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SyncFailureException(new SyncFailure.Retriable("TIMEOUT",
                    "token request to " + tokenUrl + " timed out", ""), e);
        } catch (IOException e) {
            throw new SyncFailureException(new SyncFailure.Retriable("IO_ERROR",
                    "token request to " + tokenUrl + " failed: " + e.getClass().getSimpleName(), ""), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailureException(new SyncFailure.Retriable("INTERRUPTED",
                    "interrupted while requesting a token from " + tokenUrl, ""), e);
        }
    }

    private String accessToken(String body) {
        String token = json(body).map(node -> node.path("access_token").asText("")).orElse("");
        if (token.isBlank()) {
            throw new SyncFailureException(new SyncFailure.Retriable("INVALID_TOKEN_RESPONSE",
                    "the token endpoint " + tokenUrl + " answered 200 without an access_token", ""));
        }
        return token;
    }

    private SyncFailure failure(int status, HttpResponse<String> response) {
        Optional<JsonNode> body = json(response.body());
        String code = body.map(node -> node.path("error").asText("")).filter(s -> !s.isBlank())
                .orElse("HTTP_" + status);
        String description = body.map(node -> node.path("error_description").asText("")).orElse("");
        String message = "token request to " + tokenUrl + " answered HTTP " + status
                + (description.isBlank() ? "" : ": " + description.replace(clientSecret, "[redacted]"));
        if (status == 429) {
            return new SyncFailure.RateLimited(code, message, "", retryAfter(response));
        }
        if (status >= 500) {
            return new SyncFailure.Retriable(code, message, "");
        }
        return new SyncFailure.Permanent(code, message, "", List.of());
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After")
                .filter(value -> value.matches("[0-9]{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .orElse(DEFAULT_RETRY_AFTER);
    }

    private static Optional<JsonNode> json(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "OAuthTokenClient[tokenUrl=" + tokenUrl + ", clientId=" + clientId + "]";
    }
}
