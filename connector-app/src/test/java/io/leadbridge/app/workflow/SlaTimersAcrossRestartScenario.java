package io.leadbridge.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.QuietCrmsScenario;
import io.leadbridge.app.support.ConsoleUsers;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaTimers;
import io.leadbridge.core.workflow.sla.TimerPurpose;
import io.leadbridge.core.workflow.sla.WorkflowTimer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * SLA timers in the running app: the poller leader fires a due speed-to-lead clock once, a restarted app does not
 * fire it again, and a timer that came due while no instance ran fires after the restart; the funnel API and the
 * Prometheus page show the breaches.
 */
abstract class SlaTimersAcrossRestartScenario extends QuietCrmsScenario {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SDR = "sam.sdr@leadbridge.example";

    @Test
    void aBreachFiresOnceAcrossARestartAndOneThatCameDueWhileDownFiresAfterIt() throws Exception {
        PersonId kim = PersonId.newId();
        PersonId noor = PersonId.newId();
        try (RunningApp first = RunningApp.start(properties())) {
            first.bean(SlaTimers.class).start(SlaKind.FIRST_TOUCH, kim, SDR,
                    Instant.now().minus(Duration.ofMinutes(31)));

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(breaches(first.jdbc(), kim)).isEqualTo(1));
            assertThat(commands(first.jdbc(), kim)).as("the reminder task and the overdue task").isEqualTo(2);
        }

        JdbcClient offline = offlineJdbc();
        new JdbcTimerStore(offline).schedule(WorkflowTimer.of(noor, TimerPurpose.FIRST_TOUCH_BREACH,
                Instant.now().minus(Duration.ofMinutes(30)), Instant.now(), SDR));

        try (RunningApp second = RunningApp.start(properties())) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(breaches(second.jdbc(), noor)).isEqualTo(1));

            assertThat(breaches(second.jdbc(), kim)).as("fired before the restart, not again").isEqualTo(1);
            assertThat(commands(second.jdbc(), kim)).isEqualTo(2);
            assertThat(commands(second.jdbc(), noor)).isEqualTo(1);
            assertThat(second.jdbc().sql("SELECT COUNT(*) FROM workflow_timer WHERE status <> 'FIRED'")
                    .query(Long.class).single()).isZero();

            HttpResponse<String> funnel = get(second, "/api/funnel");
            assertThat(funnel.statusCode()).isEqualTo(200);
            assertThat(funnel.body()).contains("\"slaBreaches\":{\"FIRST_TOUCH\":2,\"AE_ACCEPTANCE\":0}")
                    .contains("\"owner\":\"" + SDR + "\"").contains("\"rejectLoops\":[]");
            assertThat(get(second, "/api/funnel?since=yesterday").statusCode()).isEqualTo(400);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(get(second, "/actuator/prometheus").body())
                    .contains("leadbridge_sla_breaches_total 1.0")
                    .contains("leadbridge_funnel_sla_breaches{sla=\"first-touch\"} 2.0"));
        }
    }

    private Map<String, String> properties() {
        Map<String, String> p = crms.appProperties(database);
        p.put("connector.workflow.timer-interval", "100ms");
        p.put("connector.workflow.metrics-refresh", "200ms");
        return p;
    }

    private JdbcClient offlineJdbc() {
        Map<String, String> p = database.springProperties();
        return JdbcClient.create(new DriverManagerDataSource(p.get("spring.datasource.url"),
                p.get("spring.datasource.username"), p.get("spring.datasource.password")));
    }

    private static long breaches(JdbcClient jdbc, PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM sla_event WHERE person_id = ? AND result = 'BREACHED'")
                .param(person.toString()).query(Long.class).single();
    }

    private static long commands(JdbcClient jdbc, PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM workflow_command WHERE person_id = ?")
                .param(person.toString()).query(Long.class).single();
    }

    private HttpResponse<String> get(RunningApp app, String path) throws Exception {
        return ConsoleUsers.getAsAdmin(app, path);
    }
}
