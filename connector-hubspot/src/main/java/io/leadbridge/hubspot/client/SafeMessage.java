package io.leadbridge.hubspot.client;

import java.util.Optional;

/**
 * Makes a vendor message fit for logs and the admin UI. HubSpot appends the offending records' values as
 * JSON to some messages ({@code Property values were not valid: [{..."Email address jane@ is invalid"...}]}),
 * so only the summary before the first JSON bracket is kept; the access token is masked should it ever
 * be echoed; the length is capped.
 */
final class SafeMessage {

    static final int MAX_LENGTH = 300;
    static final String MASK = "****";

    private SafeMessage() {
    }

    static Optional<String> of(Optional<String> vendorMessage, String secret) {
        return vendorMessage.map(message -> summarise(message, secret)).filter(text -> !text.isEmpty());
    }

    private static String summarise(String message, String secret) {
        String text = secret == null || secret.isEmpty() ? message : message.replace(secret, MASK);
        int json = firstJsonBracket(text);
        if (json >= 0) {
            text = text.substring(0, json).strip();
            text = text.isEmpty() ? "" : text + " (details omitted)";
        }
        text = text.strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
    }

    private static int firstJsonBracket(String text) {
        int brace = text.indexOf('{');
        int bracket = text.indexOf('[');
        if (brace < 0) {
            return bracket;
        }
        return bracket < 0 ? brace : Math.min(brace, bracket);
    }
}
