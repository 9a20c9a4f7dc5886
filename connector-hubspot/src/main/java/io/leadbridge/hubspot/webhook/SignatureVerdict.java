package io.leadbridge.hubspot.webhook;

/** The outcome of checking a webhook request's {@code X-HubSpot-Signature-v3}; {@link #reason()} names a rejection. */
public enum SignatureVerdict {
    VALID("valid"),
    MISSING_SIGNATURE("missing_signature"),
    INVALID_TIMESTAMP("invalid_timestamp"),
    STALE_TIMESTAMP("stale_timestamp"),
    INVALID_SIGNATURE("invalid_signature");

    private final String reason;

    SignatureVerdict(String reason) {
        this.reason = reason;
    }

    /** A stable, metric-friendly name, e.g. {@code stale_timestamp}. */
    public String reason() {
        return reason;
    }

    public boolean valid() {
        return this == VALID;
    }
}
