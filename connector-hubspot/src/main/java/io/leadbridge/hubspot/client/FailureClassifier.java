package io.leadbridge.hubspot.client;

import io.leadbridge.core.failure.SyncFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns a failed HubSpot call, or one failed record of a batch, into a {@link SyncFailure}: the one place
 * where HTTP statuses, error categories and transport errors are classified. Whole calls branch on the
 * HTTP status; the body's {@code category} only names the code.
 */
final class FailureClassifier {

    static final String CORRELATION_ID = "X-HubSpot-Correlation-Id";
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(10);
    static final String DAILY_POLICY = "DAILY";
    /** The code of a 429 whose body names no policy. */
    static final String NO_POLICY = "429";

    /** Retriable 4xx: 423 Locked (bulk writes too fast), 477 portal migration. Every 5xx is retriable too. */
    private static final Set<Integer> RETRIABLE_CLIENT_ERRORS = Set.of(423, 477);

    private final ObjectMapper json;

    FailureClassifier(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param token the bearer token of the call, masked should HubSpot echo it
     * @param untilDailyReset how long a {@code DAILY} 429 lasts
     */
    SyncFailure fromResponse(int status, HttpHeaders headers, String body, String token, Duration untilDailyReset) {
        ErrorBody error = ErrorBody.parse(body, json);
        String correlationId = headers.firstValue(CORRELATION_ID).filter(id -> !id.isBlank())
                .or(error::correlationId).orElse("");
        String message = SafeMessage.of(error.message(), token).orElse("HubSpot answered HTTP " + status);
        String code = error.category().orElse(String.valueOf(status));
        if (status == 429) {
            boolean daily = error.policyName().filter(DAILY_POLICY::equals).isPresent();
            return new SyncFailure.RateLimited(error.policyName().orElse(NO_POLICY), message, correlationId,
                    daily ? untilDailyReset : retryAfter(headers));
        }
        if (status == 400) {
            return new SyncFailure.Permanent(code, withInvalids(message, error), correlationId, error.propertyNames());
        }
        if (status == 409) {
            return new SyncFailure.Conflict(code, message, correlationId);
        }
        if (status >= 500 || RETRIABLE_CLIENT_ERRORS.contains(status)) {
            return new SyncFailure.Retriable(code, message, correlationId);
        }
        return new SyncFailure.Permanent(code, message, correlationId, List.of());
    }

    /**
     * One entry of a 207 response's {@code errors}: {@code OBJECT_NOT_FOUND} and validation errors are permanent,
     * {@code CONFLICT} a conflict, anything else (e.g. a lock or an internal error) retriable.
     */
    SyncFailure fromBatchError(JsonNode error, String correlationId) {
        ErrorBody body = ErrorBody.of(error);
        String code = body.category().orElse("BATCH_ERROR");
        String message = SafeMessage.of(body.message(), "").orElse("HubSpot refused this record");
        return switch (code) {
            case "CONFLICT" -> new SyncFailure.Conflict(code, message, correlationId);
            case "VALIDATION_ERROR", "OBJECT_NOT_FOUND" ->
                    new SyncFailure.Permanent(code, withInvalids(message, body), correlationId, body.propertyNames());
            default -> new SyncFailure.Retriable(code, message, correlationId);
        };
    }

    SyncFailure fromTransport(IOException error) {
        if (error instanceof HttpTimeoutException) {
            return new SyncFailure.Retriable("TIMEOUT", "HubSpot did not answer in time", "");
        }
        if (error instanceof ConnectException) {
            return new SyncFailure.Retriable("CONNECTION_FAILED", "could not connect to HubSpot", "");
        }
        return new SyncFailure.Retriable("IO_ERROR",
                "the connection to HubSpot failed (" + error.getClass().getSimpleName() + ")", "");
    }

    SyncFailure interrupted() {
        return new SyncFailure.Retriable("INTERRUPTED", "the call to HubSpot was interrupted", "");
    }

    SyncFailure unreadableResponse(int status, HttpHeaders headers) {
        String correlationId = headers.firstValue(CORRELATION_ID).orElse("");
        return new SyncFailure.Retriable("INVALID_RESPONSE",
                "HubSpot answered HTTP " + status + " with a body that could not be read", correlationId);
    }

    private static String withInvalids(String message, ErrorBody error) {
        return error.propertyInvalids().isEmpty() ? message
                : message + " [" + String.join("; ", error.propertyInvalids()) + "]";
    }

    private static Duration retryAfter(HttpHeaders headers) {
        return retryAfterSeconds(headers)
                .or(() -> RateLimitStatus.interval(headers))
                .orElse(DEFAULT_RATE_LIMIT_WAIT);
    }

    private static Optional<Duration> retryAfterSeconds(HttpHeaders headers) {
        try {
            return headers.firstValue("Retry-After")
                    .map(String::strip)
                    .map(Long::parseLong)
                    .filter(seconds -> seconds >= 0)
                    .map(Duration::ofSeconds);
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }
}
