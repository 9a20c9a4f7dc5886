package io.leadbridge.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Two configured console users for tests, an ADMIN and a VIEWER, with their bcrypt hashes made here from known
 * passwords, and HTTP calls to the running app as one of them.
 */
public final class ConsoleUsers {

    public static final String ADMIN = "ada";
    public static final String ADMIN_PASSWORD = "ada-correct-horse-7f3c";
    public static final String VIEWER = "vic";
    public static final String VIEWER_PASSWORD = "vic-battery-staple-91d2";

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();
    private static final String ADMIN_HASH = BCRYPT.encode(ADMIN_PASSWORD);
    private static final String VIEWER_HASH = BCRYPT.encode(VIEWER_PASSWORD);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ConsoleUsers() {
    }

    public static String adminHash() {
        return ADMIN_HASH;
    }

    /** {@code connector.admin.users} with both users. */
    public static Map<String, String> properties() {
        return Map.of("connector.admin.users[0].username", ADMIN,
                "connector.admin.users[0].password-hash", ADMIN_HASH,
                "connector.admin.users[0].roles[0]", "ADMIN",
                "connector.admin.users[1].username", VIEWER,
                "connector.admin.users[1].password-hash", VIEWER_HASH,
                "connector.admin.users[1].roles[0]", "VIEWER");
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** GET {@code path} on the app as the admin. */
    public static HttpResponse<String> getAsAdmin(RunningApp app, String path) {
        return send(app, HttpRequest.newBuilder(app.uri(path)).header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
                .GET().build());
    }

    public static HttpResponse<String> send(RunningApp app, HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
