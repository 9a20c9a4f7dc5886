package io.leadbridge.salesforce.outbound;

/** The request is not an acceptable outbound message; the message says why without repeating its content. */
public final class InvalidOutboundMessageException extends RuntimeException {

    public InvalidOutboundMessageException(String message) {
        super(message);
    }

    public InvalidOutboundMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
