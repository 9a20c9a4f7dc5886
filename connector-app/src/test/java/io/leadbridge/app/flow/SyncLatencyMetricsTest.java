package io.leadbridge.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.engine.SettledChangeListener;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SyncLatencyMetricsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:05Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aSettledChangeIsMeasuredFromItsModificationInItsCrmPerSourceSystem() {
        new SyncLatencyMetrics(SettledChangeListener.NONE, registry, clock)
                .settled(change(CrmSystem.HUBSPOT, NOW.minusMillis(1500)));

        Timer timer = registry.get("leadbridge.sync.latency").tag("source", "hubspot").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1500.0);
    }

    @Test
    void aChangeWhoseStepFailsIsNotMeasuredUntilItSettles() {
        SettledChangeListener failing = change -> {
            throw new SyncFailureException(new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW", "locked", ""));
        };

        assertThatThrownBy(() -> new SyncLatencyMetrics(failing, registry, clock)
                .settled(change(CrmSystem.SALESFORCE, NOW.minusSeconds(3)))).isInstanceOf(SyncFailureException.class);
        assertThat(registry.find("leadbridge.sync.latency").timer()).isNull();
    }

    private static ChangeEvent change(CrmSystem system, Instant modifiedAt) {
        return new ChangeEvent(new ExternalRef(system, system == CrmSystem.HUBSPOT ? "contact" : "Lead", "1"),
                ChangeKind.UPSERT, modifiedAt, Optional.empty(), Optional.empty());
    }
}
