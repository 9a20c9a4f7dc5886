package io.leadbridge.app.flow;

import io.leadbridge.core.engine.ChangeIngestor.PollReport;
import io.leadbridge.core.engine.SyncWorker.BatchReport;
import io.leadbridge.core.sync.StreamId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what the pipeline reads and writes, for {@code /actuator/prometheus}, and logs one line for each batch
 * that did work (counts only, never record contents); the ingestor logs its own polls.
 */
public class SyncMetrics {

    private static final Logger log = LoggerFactory.getLogger(SyncMetrics.class);

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<StreamId, Instant> lastPolls = new ConcurrentHashMap<>();

    public SyncMetrics(MeterRegistry registry) {
        this(registry, Clock.systemUTC());
    }

    public SyncMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** When each stream last finished a poll on this instance (the poller leader's view). */
    public Map<StreamId, Instant> lastPolls() {
        return Map.copyOf(lastPolls);
    }

    public void polled(PollReport report) {
        lastPolls.put(report.stream(), clock.instant());
        registry.counter("leadbridge.changes.read", "stream", report.stream().key()).increment(report.read());
        registry.counter("leadbridge.changes.stored", "stream", report.stream().key()).increment(report.stored());
    }

    public void processed(BatchReport report) {
        registry.counter("leadbridge.writes", "outcome", "written").increment(report.written());
        registry.counter("leadbridge.writes", "outcome", "retrying").increment(report.retrying());
        registry.counter("leadbridge.writes", "outcome", "parked").increment(report.parked());
        registry.counter("leadbridge.changes.settled.without.write").increment(report.settledWithoutWrite());
        if (report.claimed() > 0) {
            log.info("Synced a batch of {} changes: {} written, {} already applied, {} to retry, {} to the error queue",
                    report.claimed(), report.written(), report.settledWithoutWrite(), report.retrying(),
                    report.parked());
        }
    }
}
