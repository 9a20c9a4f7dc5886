package io.leadbridge.app.observe;

import io.leadbridge.app.admin.CheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * One CRM's health: the settings check of that CRM (one cheap API call that also proves the credentials), reused
 * for {@code connector.admin.health-check-interval} so that frequent probes do not spend the API budget. DOWN names
 * the reason; the details are shown only to a logged-in user.
 */
class CrmHealthIndicator implements HealthIndicator {

    private final Supplier<CheckResult> check;
    private final Duration reuseFor;
    private final Clock clock;
    private CheckResult last;
    private Instant checkedAt = Instant.MIN;

    CrmHealthIndicator(Supplier<CheckResult> check, Duration reuseFor, Clock clock) {
        this.check = check;
        this.reuseFor = reuseFor;
        this.clock = clock;
    }

    @Override
    public Health health() {
        CheckResult result = current();
        Health.Builder health = result.ok() ? Health.up() : Health.down();
        health.withDetail("checkedAt", result.checkedAt().toString()).withDetail("summary", result.summary());
        if (!result.problems().isEmpty()) {
            health.withDetail("reason", String.join("; ", result.problems()));
        }
        return health.build();
    }

    private synchronized CheckResult current() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(reuseFor))) {
            last = check.get();
            checkedAt = now;
        }
        return last;
    }
}
