package io.leadbridge.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.RunningApp;
import io.leadbridge.sandbox.SandboxCrms;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Duration;
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
}
