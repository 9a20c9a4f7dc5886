package io.leadbridge.hubspot.webhook;

/** A webhook body that is not a JSON array of well-formed events, or holds too many; the message says which rule. */
public class InvalidWebhookPayloadException extends RuntimeException {

    public InvalidWebhookPayloadException(String message) {
        super(message);
    }
}
