package io.leadbridge.core.failure;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Why a CRM call or a single record write failed, classified once at the adapter edge. The engine
 * branches on the variant only: it retries {@link Retriable}, waits out {@link RateLimited}, and sends
 * {@link Permanent} and {@link Conflict} to the error queue.
 *
 * <p>Every variant carries the vendor's own code (e.g. {@code UNABLE_TO_LOCK_ROW}, {@code VALIDATION_ERROR}
 * or an HTTP status), a message safe to show an admin (no tokens, no record bodies) and the vendor's
 * correlation or request id when it sent one.
 */
public sealed interface SyncFailure {

    String code();

    String message();

    String correlationId();

    /** A timeout, a 5xx, a lock conflict in the CRM: the same request may succeed later. */
    record Retriable(String code, String message, String correlationId) implements SyncFailure {
        public Retriable {
            code = text(code);
            message = text(message);
            correlationId = text(correlationId);
        }
    }

    /** The CRM refused for quota reasons; try again no sooner than {@code retryAfter}. */
    record RateLimited(String code, String message, String correlationId, Duration retryAfter)
            implements SyncFailure {
        public RateLimited {
            code = text(code);
            message = text(message);
            correlationId = text(correlationId);
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
        }
    }

    /**
     * The request itself is wrong (validation, a required or restricted field, bad credentials after a
     * refresh): retrying it unchanged cannot help.
     *
     * @param fields the CRM fields the vendor named, if any
     */
    record Permanent(String code, String message, String correlationId, List<String> fields)
            implements SyncFailure {
        public Permanent {
            code = text(code);
            message = text(message);
            correlationId = text(correlationId);
            fields = List.copyOf(fields);
        }
    }

    /** The record changed or already exists in a way that needs a decision (duplicate, merged, converted). */
    record Conflict(String code, String message, String correlationId) implements SyncFailure {
        public Conflict {
            code = text(code);
            message = text(message);
            correlationId = text(correlationId);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
