package io.leadbridge.app.flow;

import io.leadbridge.core.engine.ChangeIngestor.PollReport;
import io.leadbridge.core.engine.SyncWorker.BatchReport;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts what the pipeline reads and writes, for {@code /actuator/prometheus}. */
public class SyncMetrics {

    private final MeterRegistry registry;

    public SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void polled(PollReport report) {
        registry.counter("leadbridge.changes.read", "stream", report.stream().key()).increment(report.read());
        registry.counter("leadbridge.changes.stored", "stream", report.stream().key()).increment(report.stored());
    }

    public void processed(BatchReport report) {
        registry.counter("leadbridge.writes", "outcome", "written").increment(report.written());
        registry.counter("leadbridge.writes", "outcome", "retrying").increment(report.retrying());
        registry.counter("leadbridge.writes", "outcome", "parked").increment(report.parked());
        registry.counter("leadbridge.changes.settled.without.write").increment(report.settledWithoutWrite());
    }
}
