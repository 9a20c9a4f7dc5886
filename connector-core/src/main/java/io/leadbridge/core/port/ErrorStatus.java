package io.leadbridge.core.port;

/** Where an error of the {@link ErrorQueue} stands. Only RESOLVED and DISMISSED take it off the admin's list. */
public enum ErrorStatus {
    /** Waiting for an admin: retry or dismiss. */
    OPEN,
    /** Its change is back in the inbox for a fresh attempt; it resolves or reopens with that attempt's outcome. */
    RETRYING,
    /** A later attempt wrote the change, or a newer change of the record replaced it. */
    RESOLVED,
    /** An admin closed it, saying who and why. */
    DISMISSED
}
