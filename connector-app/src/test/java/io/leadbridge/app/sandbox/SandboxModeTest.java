package io.leadbridge.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.ConsoleUsers;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.sandbox.SandboxCrms;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SandboxModeTest {

    @Test
    void withNoCrmConfiguredTheAppSyncsItsSeededEmulatorsWithinAMinute(CapturedOutput output) {
        try (RunningApp app = RunningApp.start(Map.of(
                "spring.datasource.url", "jdbc:h2:mem:sandbox;DB_CLOSE_DELAY=-1",
                "connector.sandbox.seed-people", "120",
                "connector.sandbox.activity-interval", "1s"))) {
            SandboxCrms crms = app.bean(SandboxCrms.class);
            assertThat(output.getOut()).contains("SANDBOX MODE").doesNotContain("No CRM is configured yet");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(crms.salesforce().count("Lead")).isGreaterThanOrEqualTo(120));

            String seededEmail = crms.sample().people().get(0).email();
            assertThat(crms.salesforce().list("Lead")).anySatisfy(lead -> {
                assertThat(lead.get("Email")).isEqualTo(seededEmail);
                assertThat(lead.get("HubSpot_Id__c")).isEqualTo(String.valueOf(
                        crms.hubspot().contactByEmail(seededEmail).orElseThrow().id()));
            });
            assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isGreaterThanOrEqualTo(120);
        }
    }

    @Test
    void theSandboxOpensItsConsoleToTheAdminWhosePasswordItLoggedOnce(CapturedOutput output) {
        try (RunningApp app = RunningApp.start(Map.of(
                "spring.datasource.url", "jdbc:h2:mem:sandbox-console;DB_CLOSE_DELAY=-1",
                "connector.sandbox.seed-people", "20",
                "connector.sandbox.activity-interval", "0s"))) {
            List<String> announced = output.getOut().lines().filter(line -> line.contains("the generated password"))
                    .toList();
            assertThat(announced).hasSize(1);
            String password = announced.get(0).substring(announced.get(0).lastIndexOf(' ') + 1);

            Pattern contactsRead = Pattern.compile("\"stream\":\"hubspot.contacts\",[^}]*\"read\":(\\d+)");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Matcher streams = contactsRead.matcher(ConsoleUsers.send(app,
                        HttpRequest.newBuilder(app.uri("/api/health/streams"))
                                .header("Authorization", ConsoleUsers.basic("admin", password)).build()).body());
                assertThat(streams.find()).isTrue();
                assertThat(Long.parseLong(streams.group(1))).isGreaterThanOrEqualTo(20);
            });
            assertThat(ConsoleUsers.send(app, HttpRequest.newBuilder(app.uri("/login")).build()).statusCode())
                    .isEqualTo(200);
        }
    }
}
