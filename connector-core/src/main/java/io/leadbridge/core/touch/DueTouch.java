package io.leadbridge.core.touch;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A pending touch as {@link TouchInbox#due} offers it.
 *
 * @param logged   the touch as read
 * @param attempts its failed mirror attempts so far (rate limits and waits for the person's link not counted)
 * @param parkedAs the error it was last parked in the error queue as, if it ever was: an admin's retry queues it
 *                 again, and its outcome resolves or reopens that error
 */
public record DueTouch(LoggedTouch logged, int attempts, OptionalLong parkedAs) {

    public DueTouch {
        Objects.requireNonNull(logged, "logged");
        Objects.requireNonNull(parkedAs, "parkedAs");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
    }

    /** A touch never tried before. */
    public static DueTouch fresh(LoggedTouch logged) {
        return new DueTouch(logged, 0, OptionalLong.empty());
    }
}
