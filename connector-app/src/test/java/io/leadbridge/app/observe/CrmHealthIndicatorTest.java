package io.leadbridge.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.admin.CheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class CrmHealthIndicatorTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aCheckIsReusedWithinTheIntervalAndAskedAgainAfterItWithTheReasonWhenDown() {
        Deque<CheckResult> answers = new ArrayDeque<>(List.of(
                new CheckResult("salesforce", CheckResult.Status.OK, "org reachable", List.of(), T0),
                new CheckResult("salesforce", CheckResult.Status.FAILED, "the CRM could not be asked",
                        List.of("INVALID_SESSION_ID: Session expired or invalid"), T0.plusSeconds(60))));
        int[] asked = {0};
        CrmHealthIndicator indicator = new CrmHealthIndicator(() -> {
            asked[0]++;
            return answers.removeFirst();
        }, Duration.ofSeconds(60), clock);

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        now = T0.plusSeconds(59);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(asked[0]).isEqualTo(1);

        now = T0.plusSeconds(60);
        Health down = indicator.health();

        assertThat(asked[0]).isEqualTo(2);
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("reason", "INVALID_SESSION_ID: Session expired or invalid")
                .containsEntry("summary", "the CRM could not be asked");
    }
}
