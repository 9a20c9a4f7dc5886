package io.leadbridge.sandbox.hubspot;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import java.util.Map;

/**
 * A request the emulator refuses, with the HTTP status, HubSpot's error {@code category} and message. Rendered
 * into HubSpot's error body by {@link JsonViews#error}.
 */
final class ApiException extends RuntimeException {

    /** One entry of the body's {@code errors} array, e.g. a property that does not exist. */
    record Detail(String message, String code, String propertyName) {
    }

    private final int status;
    private final String category;
    private final Map<String, List<String>> context;
    private final List<Detail> details;
    private final String policyName;

    private ApiException(int status, String category, String message, Map<String, List<String>> context,
                         List<Detail> details, String policyName) {
        super(message, null, false, false);
        this.status = status;
        this.category = category;
        this.context = Map.copyOf(context);
        this.details = List.copyOf(details);
        this.policyName = policyName;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "VALIDATION_ERROR", message, Map.of(), List.of(), null);
    }

    /**
     * HubSpot's 400 for invalid property values: the message lists each one as JSON after the summary,
     * {@code Property values were not valid: [{"isValid":false,"message":..,"error":"INVALID_EMAIL","name":"email"}]},
     * and the body's {@code errors} repeat them with {@code code} and {@code context.propertyName}.
     */
    static ApiException invalidProperties(List<Detail> details) {
        ArrayNode listed = JsonViews.JSON.createArrayNode();
        for (Detail detail : details) {
            listed.addObject().put("isValid", false).put("message", detail.message()).put("error", detail.code())
                    .put("name", detail.propertyName());
        }
        return new ApiException(400, "VALIDATION_ERROR", "Property values were not valid: " + listed, Map.of(),
                details, null);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "OBJECT_NOT_FOUND", message, Map.of(), List.of(), null);
    }

    static ApiException conflict(String message, Map<String, List<String>> context) {
        return new ApiException(409, "CONFLICT", message, context, List.of(), null);
    }

    static ApiException unauthorized(String category, String message) {
        return new ApiException(401, category, message, Map.of(), List.of(), null);
    }

    static ApiException methodNotAllowed(String method) {
        return new ApiException(405, "VALIDATION_ERROR", "HTTP method " + method + " is not supported on this path",
                Map.of(), List.of(), null);
    }

    static ApiException routeNotFound(String path) {
        return new ApiException(404, "OBJECT_NOT_FOUND", "No API route matches " + path, Map.of(), List.of(), null);
    }

    /** HubSpot's 429: {@code errorType RATE_LIMIT} and the {@code policyName} of the exhausted limit, no category. */
    static ApiException rateLimited(String policyName, String message) {
        return new ApiException(429, null, message, Map.of(), List.of(), policyName);
    }

    static ApiException internalError() {
        return new ApiException(500, "INTERNAL_ERROR", "internal error", Map.of(), List.of(), null);
    }

    static ApiException gatewayTimeout() {
        return new ApiException(504, "TIMEOUT", "The request timed out before it was processed", Map.of(), List.of(),
                null);
    }

    int status() {
        return status;
    }

    /** null on 429 bodies. */
    String category() {
        return category;
    }

    Map<String, List<String>> context() {
        return context;
    }

    List<Detail> details() {
        return details;
    }

    /** Non-null only on 429. */
    String policyName() {
        return policyName;
    }
}
