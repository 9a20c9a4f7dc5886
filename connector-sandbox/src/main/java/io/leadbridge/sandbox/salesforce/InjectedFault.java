package io.leadbridge.sandbox.salesforce;

/** The failures the emulator injects at {@link SalesforceOptions#errorRate()}. */
public enum InjectedFault {
    /** A {@code REQUEST_LIMIT_EXCEEDED} fault (HTTP 500), as when the org's allocation is spent. */
    REQUEST_LIMIT_EXCEEDED,
    /** A call-level {@code UNABLE_TO_LOCK_ROW} fault (HTTP 500); the call is not applied. */
    UNABLE_TO_LOCK_ROW,
    /**
     * The call is applied but answered only after {@link SalesforceOptions#timeoutDelay()}, which a client with a
     * shorter read timeout sees as a timeout.
     */
    TIMEOUT
}
