package io.leadbridge.sandbox.hubspot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain java.net.http client for driving the emulator in tests; keeps every exchange for contract checks. */
final class EmulatorHttp {

    /** One answer: status, headers and the raw body. */
    record Reply(String method, String path, int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;
    private final List<Reply> replies = new ArrayList<>();

    EmulatorHttp(HubSpotEmulator emulator) {
        this(emulator.baseUrl(), HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN);
    }

    EmulatorHttp(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    EmulatorHttp withToken(String otherToken) {
        return new EmulatorHttp(baseUrl, otherToken);
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** A form-encoded POST without a bearer token (the OAuth token endpoint). */
    Reply postForm(String path, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return exchange("POST", path, request);
    }

    /** Posts JSON with a read timeout; the caller expects the timeout. */
    HttpResponse<String> postWithTimeout(String path, String json, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = authorized(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every exchange so far, oldest first. */
    List<Reply> replies() {
        synchronized (replies) {
            return List.copyOf(replies);
        }
    }

    private Reply send(String method, String path, String json) {
        HttpRequest.Builder builder = authorized(HttpRequest.newBuilder(URI.create(baseUrl + path)));
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return exchange(method, path, builder.build());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Reply exchange(String method, String path, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(method, path, response.statusCode(), response.headers(), response.body());
            synchronized (replies) {
                replies.add(reply);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
