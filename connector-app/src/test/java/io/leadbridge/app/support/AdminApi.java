package io.leadbridge.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running app's admin API ({@code /api/**}) as the configured admin of {@link ConsoleUsers}: the app must
 * be started with {@link ConsoleUsers#properties()} (as {@link EmulatedCrms#appProperties} does).
 */
public final class AdminApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public AdminApi(RunningApp app) {
        this.baseUrl = "http://localhost:" + app.port();
    }

    public Answer get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    /** POSTs a JSON body ({@code ""} for none). */
    public Answer post(String path, String json) {
        HttpRequest.Builder request = request(path);
        if (!json.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return send(request.POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json")
                .header("Authorization", ConsoleUsers.basic(ConsoleUsers.ADMIN, ConsoleUsers.ADMIN_PASSWORD));
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + request.uri(), e);
        }
    }

    /** An answer: its status and its body as JSON. */
    public record Answer(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
