package io.leadbridge.app.workflow;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.workflow.metrics.FunnelCalculator;
import io.leadbridge.core.workflow.metrics.FunnelLedger;
import io.leadbridge.core.workflow.metrics.FunnelReport;
import io.leadbridge.core.workflow.metrics.OwnerFunnel;
import io.leadbridge.core.workflow.metrics.StageConversion;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaTimers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * The funnel for the admin API and Prometheus. Gauges ({@code leadbridge_funnel_*}) show the last snapshot, which
 * {@link #refresh} recomputes from the ledger over the configured window, so a scrape never queries the database.
 * {@code leadbridge_sla_breaches_total} counts the breaches this instance fired.
 */
public class FunnelMetrics {

    private final FunnelLedger ledger;
    private final Clock clock;
    private final Duration window;
    private final int flagAfterRejections;
    private final AtomicReference<FunnelReport> snapshot;
    private final MultiGauge ownerConversion;
    private final MultiGauge ownerBreaches;
    private final Counter breachesFired;
    private final MeterRegistry registry;

    /** @param flagAfterRejections from how many AE rejections a person is listed as a reject loop */
    public FunnelMetrics(FunnelLedger ledger, Clock clock, Duration window, int flagAfterRejections,
                         MeterRegistry registry) {
        this.ledger = ledger;
        this.clock = clock;
        this.window = window;
        this.flagAfterRejections = flagAfterRejections;
        this.registry = registry;
        this.breachesFired = Counter.builder("leadbridge.sla.breaches")
                .description("SLA breaches fired by this instance").register(registry);
        this.snapshot = new AtomicReference<>(FunnelCalculator.report(clock.instant().minus(window), List.of(),
                List.of(), flagAfterRejections));
        for (FunnelStage stage : FunnelCalculator.LADDER) {
            gauge("leadbridge.funnel.reached", "People who reached the stage in the window",
                    Tags.of("stage", label(stage)), report -> report.reached().getOrDefault(stage, 0L));
        }
        for (int i = 0; i + 1 < FunnelCalculator.LADDER.size(); i++) {
            int step = i;
            gauge("leadbridge.funnel.conversion", "Share of people at 'from' who reached 'to', 0 to 1",
                    Tags.of("from", label(FunnelCalculator.LADDER.get(i)),
                            "to", label(FunnelCalculator.LADDER.get(i + 1))),
                    report -> report.conversions().get(step).rate());
        }
        gauge("leadbridge.funnel.reject.loops", "People rejected by AEs at least the rules' number of times",
                Tags.empty(), report -> report.rejectLoops().size());
        gauge("leadbridge.funnel.speed.to.lead.seconds", "Time from MQL to the first SDR touch",
                Tags.of("quantile", "0.5"), report -> seconds(report.speedToLead().median()));
        gauge("leadbridge.funnel.speed.to.lead.seconds", "Time from MQL to the first SDR touch",
                Tags.of("quantile", "0.9"), report -> seconds(report.speedToLead().p90()));
        for (SlaKind kind : SlaKind.values()) {
            gauge("leadbridge.funnel.sla.breaches", "SLA breaches in the window",
                    Tags.of("sla", label(kind)), report -> report.breaches().getOrDefault(kind, 0L));
        }
        this.ownerConversion = MultiGauge.builder("leadbridge.funnel.owner.conversion")
                .description("Per SDR and AE: share of their people at 'from' who reached 'to'").register(registry);
        this.ownerBreaches = MultiGauge.builder("leadbridge.funnel.owner.sla.breaches")
                .description("Per SDR and AE: SLA breaches in the window").register(registry);
    }

    /** The funnel since {@code since}, computed now from the ledger. */
    public FunnelReport report(Instant since) {
        return FunnelCalculator.report(since, ledger.transitionsSince(since), ledger.slaEventsSince(since),
                flagAfterRejections);
    }

    /** The start of the default window, as of now. */
    public Instant windowStart() {
        return clock.instant().minus(window);
    }

    /** Recomputes the gauges' snapshot over the window. */
    public void refresh() {
        FunnelReport report = report(windowStart());
        snapshot.set(report);
        List<MultiGauge.Row<?>> conversions = new ArrayList<>();
        List<MultiGauge.Row<?>> breaches = new ArrayList<>();
        addOwnerRows("sdr", report.sdrs(), conversions, breaches);
        addOwnerRows("ae", report.aes(), conversions, breaches);
        ownerConversion.register(conversions, true);
        ownerBreaches.register(breaches, true);
    }

    /** Counts the breaches a timer run fired. */
    public void fired(SlaTimers.FiringReport report) {
        breachesFired.increment(report.breaches());
    }

    private static void addOwnerRows(String role, List<OwnerFunnel> owners, List<MultiGauge.Row<?>> conversions,
                                     List<MultiGauge.Row<?>> breaches) {
        for (OwnerFunnel owner : owners) {
            for (StageConversion conversion : owner.conversions()) {
                conversions.add(MultiGauge.Row.of(Tags.of("role", role, "owner", owner.owner(),
                        "from", label(conversion.from()), "to", label(conversion.to())), conversion.rate()));
            }
            owner.breaches().forEach((kind, count) -> breaches.add(MultiGauge.Row.of(
                    Tags.of("role", role, "owner", owner.owner(), "sla", label(kind)), count)));
        }
    }

    private void gauge(String name, String description, Tags tags, ToDoubleFunction<FunnelReport> value) {
        Gauge.builder(name, snapshot, ref -> value.applyAsDouble(ref.get())).description(description).tags(tags)
                .register(registry);
    }

    private static double seconds(Optional<Duration> duration) {
        return duration.map(d -> (double) d.toSeconds()).orElse(Double.NaN);
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
