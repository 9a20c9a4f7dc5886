package io.leadbridge.app.twoway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once effect across a stop in the middle of a batch: the app is closed while Salesforce (slowed by a
 * fault knob) is still answering a batch of Lead writes, then started again on the same database. Every contact
 * ends as exactly one Lead, and nothing comes back as a second HubSpot contact.
 */
abstract class StopMidBatchScenario extends EmulatorScenario {

    static final Duration PROPAGATION = Duration.ofSeconds(60);
    static final int PEOPLE = 15;
    static final Duration SLOW_WRITE = Duration.ofSeconds(2);

    @Test
    void closingTheAppWhileABatchIsWrittenLosesNoChangeAndDuplicatesNoRecordAfterTheRestart() {
        List<String> emails = IntStream.rangeClosed(1, PEOPLE).mapToObj(i -> "person" + i + "@stopmid.example")
                .toList();
        emails.forEach(email -> crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", email,
                "firstname", "P", "lastname", email.substring(0, email.indexOf('@')), "company", "Stopmid")));
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.sync.batch-size", "5");
        properties.put("connector.sync.lease", "3s");
        crms.slowSalesforceWrites(SLOW_WRITE);

        int leadsAtStop;
        try (RunningApp app = RunningApp.start(properties)) {
            await().atMost(PROPAGATION).until(() -> crms.salesforce().count("Lead") >= 1);
            leadsAtStop = crms.salesforce().count("Lead");
        }
        assertThat(leadsAtStop).as("stopped with batches left to write").isLessThan(PEOPLE);
        crms.acceptSalesforceWrites();

        try (RunningApp app = RunningApp.start(properties)) {
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(leadsByEmail().keySet()).containsExactlyInAnyOrderElementsOf(emails);
                assertThat(app.jdbc().sql("SELECT COUNT(*) FROM change_inbox WHERE status IN ('PENDING', 'CLAIMED')")
                        .query(Long.class).single()).isZero();
            });
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single()).isZero();
        }

        assertThat(leadsByEmail()).allSatisfy((email, count) -> assertThat(count).as(email).isEqualTo(1L));
        assertThat(crms.salesforce().count("Lead")).isEqualTo(PEOPLE);
        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(PEOPLE);
    }

    private Map<String, Long> leadsByEmail() {
        return crms.salesforce().list("Lead").stream()
                .collect(Collectors.groupingBy(lead -> lead.get("Email"), Collectors.counting()));
    }
}
