package io.leadbridge.proof.badinput;

import io.leadbridge.proof.harness.AppProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** One configured console ADMIN (a bcrypt hash of a known test password) and admin API calls as that user. */
final class AdminUser {

    private static final String NAME = "proof-admin";
    private static final String PASSWORD = "proof-admin-3c9e-correct-horse";
    /** bcrypt (cost 10) of {@link #PASSWORD}. */
    private static final String PASSWORD_HASH = "$2a$10$TgFeSkroeDFfUci8VKYZ4eR/iNQx9lhhx2eywiXl5xdvQNl6dzunG";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AdminUser() {
    }

    /** {@code connector.admin.users} with this one user. */
    static Map<String, String> properties() {
        return Map.of("connector.admin.users[0].username", NAME,
                "connector.admin.users[0].password-hash", PASSWORD_HASH,
                "connector.admin.users[0].roles[0]", "ADMIN");
    }

    static HttpResponse<String> get(AppProcess app, String path) throws Exception {
        return HTTP.send(request(app, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(AppProcess app, String path) throws Exception {
        return HTTP.send(request(app, path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(AppProcess app, String path) {
        String credentials = Base64.getEncoder().encodeToString((NAME + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).header("Authorization", "Basic " + credentials);
    }
}
