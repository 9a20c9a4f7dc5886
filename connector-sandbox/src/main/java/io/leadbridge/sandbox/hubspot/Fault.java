package io.leadbridge.sandbox.hubspot;

/** A failure the emulator injects into a share of requests (see {@link HubSpotEmulatorOptions#errorRate()}). */
public enum Fault {
    /** 429 with HubSpot's {@code TEN_SECONDLY_ROLLING} body, whatever the real budget says. */
    RATE_LIMIT,
    /** 500 with an {@code INTERNAL_ERROR} body. */
    SERVER_ERROR,
    /**
     * No answer until {@link HubSpotEmulatorOptions#timeoutDelay()} has passed (longer than a client's read
     * timeout), then a 504; the request is not applied.
     */
    TIMEOUT
}
