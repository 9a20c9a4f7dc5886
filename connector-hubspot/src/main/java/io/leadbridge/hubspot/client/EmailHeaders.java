package io.leadbridge.hubspot.client;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads an email's {@code hs_email_headers}, a JSON string such as {@code {"from":{"email":".."},"to":[..]}}. */
public final class EmailHeaders {

    private static final ObjectMapper JSON = HubSpotJson.mapper();

    private EmailHeaders() {
    }

    /** {@code from.email}; empty when the headers are absent, carry no sender or are not JSON. */
    public static Optional<String> sender(String headers) {
        if (headers == null || headers.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode from = JSON.readTree(headers).path("from").path("email");
            return from.isString() && !from.asString().isBlank() ? Optional.of(from.asString()) : Optional.empty();
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }
}
