package io.leadbridge.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.app.support.ConsoleUsers;
import io.leadbridge.app.support.RunningApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules file through the running app: refused at start when invalid, shown and reloaded through the admin API. */
class RulesAdminApiTest {

    private static final String VALID = """
            version: 1
            qualification:
              scoring:
                - { id: senior-title, when: { title-contains: [VP] }, points: 50 }
              mql: { inbound-min-score: 40 }
            """;

    @TempDir
    Path directory;

    @Test
    void anInvalidRulesFileStopsTheStartNamingEveryProblemWithItsPath() throws IOException {
        Path file = Files.writeString(directory.resolve("rules.yml"), """
                version: 1
                qualification:
                  scoring:
                    - { id: vp, when: { title-contains: [VP] }, points: lots }
                routing:
                  default-team: nobody
                """);

        assertThatThrownBy(() -> start(file, "invalid-start").close())
                .hasStackTraceContaining("qualification.scoring[0].points: must be a whole number from -100 to 100,"
                        + " was \"lots\"")
                .hasStackTraceContaining("routing.default-team: no team 'nobody' is defined under routing.teams");
    }

    @Test
    void reloadKeepsTheOldRulesWhenTheNewFileIsInvalidAndTakesTheNewOnesWhenValid() throws Exception {
        Path file = Files.writeString(directory.resolve("rules.yml"), VALID);
        try (RunningApp app = start(file, "reload")) {
            HttpResponse<String> active = get(app, "/api/rules");
            assertThat(active.statusCode()).isEqualTo(200);
            assertThat(active.body()).contains("\"source\":\"file:" + file).contains("senior-title")
                    .contains("\"loadedAt\":\"");

            Files.writeString(file, VALID.replace("points: 50", "points: 5000").replace("version: 1\n", ""));
            HttpResponse<String> refused = post(app, "/api/rules/reload");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("\"path\":\"version\"").contains("\"message\":\"is required; write"
                    + " version: 1\"").contains("\"path\":\"qualification.scoring[0].points\"");
            assertThat(get(app, "/api/rules").body()).contains("points: 50").doesNotContain("points: 5000");

            Files.writeString(file, VALID.replace("senior-title", "executive-title")
                    + "fields:\n  phone: prefer-salesforce-unless-blank\n");
            HttpResponse<String> reloaded = post(app, "/api/rules/reload");
            assertThat(reloaded.statusCode()).isEqualTo(200);
            assertThat(reloaded.body()).contains("executive-title").contains("\"restartNeededFor\":[\"fields\"]");
            assertThat(get(app, "/api/rules").body()).contains("executive-title");
        }
    }

    @Test
    void withoutALocationTheDefaultRulesFileInTheJarIsActive() throws Exception {
        Map<String, String> properties = new HashMap<>(ConsoleUsers.properties());
        properties.putAll(Map.of("spring.datasource.url", "jdbc:h2:mem:rules-default;DB_CLOSE_DELAY=-1",
                "connector.sandbox.enabled", "false"));
        try (RunningApp app = RunningApp.start(properties)) {
            HttpResponse<String> active = get(app, "/api/rules");

            assertThat(active.statusCode()).isEqualTo(200);
            assertThat(active.body()).contains("classpath:leadbridge-rules.yml (default").contains("inbound-sources");
        }
    }

    private static RunningApp start(Path rules, String name) {
        Map<String, String> properties = new HashMap<>(ConsoleUsers.properties());
        properties.putAll(Map.of("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                "connector.sandbox.enabled", "false", "connector.rules.location", "file:" + rules));
        return RunningApp.start(properties);
    }

    private static HttpResponse<String> get(RunningApp app, String path) throws Exception {
        return ConsoleUsers.getAsAdmin(app, path);
    }

    private static HttpResponse<String> post(RunningApp app, String path) throws Exception {
        return ConsoleUsers.send(app, HttpRequest.newBuilder(uri(app, path)).header("Authorization",
                ConsoleUsers.basic(ConsoleUsers.ADMIN, ConsoleUsers.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static URI uri(RunningApp app, String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }
}
