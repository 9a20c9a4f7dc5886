package io.leadbridge.sandbox.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /services/oauth2/token} with {@code grant_type=client_credentials}: the configured client id and
 * secret get a new access token, Salesforce's JSON ({@code access_token}, {@code signature}, {@code scope},
 * {@code instance_url}, {@code id}, {@code token_type}, {@code issued_at}); anything else gets HTTP 400 with
 * {@code error}/{@code error_description}. Token requests do not count against the API allocation.
 */
final class OAuthTokenEndpoint implements HttpHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    private final SalesforceOptions options;
    private final SessionRegistry sessions;
    private final HttpResponder responder;
    private final Supplier<String> baseUrl;
    private final String organizationId18;
    private final String userId;

    OAuthTokenEndpoint(SalesforceOptions options, SessionRegistry sessions, HttpResponder responder,
                       Supplier<String> baseUrl, String organizationId18, String userId) {
        this.options = options;
        this.sessions = sessions;
        this.responder = responder;
        this.baseUrl = baseUrl;
        this.organizationId18 = organizationId18;
        this.userId = userId;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, start, 405, Map.of("error", "invalid_request", "error_description", "must use HTTP POST"));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            answer(exchange, start, 400, Map.of("error", "unsupported_grant_type",
                    "error_description", "grant type not supported"));
            return;
        }
        if (!matches(options.clientId(), form.get("client_id"))
                || !matches(options.clientSecret(), form.get("client_secret"))) {
            answer(exchange, start, 400, Map.of("error", "invalid_client",
                    "error_description", "invalid client credentials"));
            return;
        }
        String token = sessions.issue();
        String issuedAt = String.valueOf(options.clock().millis());
        String id = baseUrl.get() + "/id/" + organizationId18 + "/" + userId;
        Map<String, String> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("signature", signature(id + issuedAt));
        body.put("scope", "api");
        body.put("instance_url", baseUrl.get());
        body.put("id", id);
        body.put("token_type", "Bearer");
        body.put("issued_at", issuedAt);
        answer(exchange, start, 200, body);
    }

    private void answer(HttpExchange exchange, long start, int status, Map<String, String> body) {
        exchange.getResponseHeaders().set("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
        responder.send(exchange, start, status, CONTENT_TYPE, JSON.writeValueAsBytes(body), Duration.ZERO);
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(options.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
