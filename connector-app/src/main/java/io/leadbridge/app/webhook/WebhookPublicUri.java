package io.leadbridge.app.webhook;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The URL HubSpot called, as it signed it: the configured public URL when there is one, else the scheme
 * and host of {@code X-Forwarded-Proto} / {@code X-Forwarded-Host} (behind a proxy) or of the request,
 * then the request's path and query exactly as received (still encoded).
 */
final class WebhookPublicUri {

    private final Optional<URI> configured;

    WebhookPublicUri(Optional<URI> configured) {
        this.configured = configured;
    }

    String of(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        if (configured.isPresent()) {
            return configured.get().toString() + query;
        }
        String scheme = first(request.getHeader("X-Forwarded-Proto")).orElse(request.getScheme())
                .toLowerCase(Locale.ROOT);
        String host = first(request.getHeader("X-Forwarded-Host"))
                .or(() -> first(request.getHeader("Host")))
                .orElse(request.getServerName() + ":" + request.getServerPort());
        Optional<String> port = first(request.getHeader("X-Forwarded-Port"));
        if (port.isPresent() && !host.contains(":") && !isDefault(scheme, port.get())) {
            host = host + ":" + port.get();
        }
        return scheme + "://" + host + request.getRequestURI() + query;
    }

    private static boolean isDefault(String scheme, String port) {
        return ("https".equals(scheme) && "443".equals(port)) || ("http".equals(scheme) && "80".equals(port));
    }

    /** The first of a comma-separated header value (each proxy appends its own). */
    private static Optional<String> first(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.split(",", 2)[0].strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
