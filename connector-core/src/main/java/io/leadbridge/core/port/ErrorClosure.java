package io.leadbridge.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * How an error left the queue.
 *
 * @param by     the admin who dismissed it, or {@link #LEADBRIDGE} when a retry resolved it
 * @param reason why, in plain language
 */
public record ErrorClosure(String by, String reason, Instant at) {

    /** Who closes an error that a successful attempt resolved. */
    public static final String LEADBRIDGE = "leadbridge";

    public ErrorClosure {
        requireText(by, "by");
        requireText(reason, "reason");
        Objects.requireNonNull(at, "at");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
