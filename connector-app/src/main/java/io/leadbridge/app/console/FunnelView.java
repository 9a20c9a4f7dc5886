package io.leadbridge.app.console;

import io.leadbridge.core.workflow.metrics.FunnelReport;
import io.leadbridge.core.workflow.metrics.OwnerFunnel;
import io.leadbridge.core.workflow.metrics.SpeedToLead;
import io.leadbridge.core.workflow.metrics.StageConversion;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The funnel report as the funnel page draws it: each conversion and speed-to-lead bucket carries its bar length
 * (0 to {@value #BAR} pixels), so the template only places SVG rectangles.
 */
record FunnelView(String since, List<Conversion> conversions, Speed speed, List<Count> breaches, List<Owner> sdrs,
                  List<Owner> aes, long rejectLoops) {

    /** The longest bar, in pixels. */
    static final int BAR = 300;

    static FunnelView of(FunnelReport report) {
        return new FunnelView(report.since().toString(), stepsOf(report.conversions()),
                Speed.of(report.speedToLead()), counts(report.breaches()),
                report.sdrs().stream().map(Owner::of).toList(), report.aes().stream().map(Owner::of).toList(),
                report.rejectLoops().size());
    }

    private static List<Conversion> stepsOf(List<StageConversion> conversions) {
        return conversions.stream().map(c -> new Conversion(c.from().name() + " → " + c.to().name(), c.reached(),
                c.converted(), Math.round(c.rate() * 100), (int) Math.round(c.rate() * BAR))).toList();
    }

    private static List<Count> counts(Map<? extends Enum<?>, Long> counts) {
        return counts.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().ordinal()))
                .map(e -> new Count(e.getKey().name(), e.getValue())).toList();
    }

    private static String duration(Optional<Duration> duration) {
        return duration.map(d -> d.toMinutes() + " min").orElse("-");
    }

    record Conversion(String step, long reached, long converted, long percent, int bar) {
    }

    record Count(String name, long count) {
    }

    record Bucket(String upTo, long count, int bar) {
    }

    record Speed(long measured, String median, String p90, String max, List<Bucket> buckets) {

        static Speed of(SpeedToLead speed) {
            long highest = speed.buckets().values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<Bucket> buckets = speed.buckets().entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue(),
                    highest == 0 ? 0 : (int) (e.getValue() * BAR / highest))).toList();
            return new Speed(speed.measured(), duration(speed.median()), duration(speed.p90()),
                    duration(speed.max()), buckets);
        }
    }

    record Owner(String owner, List<Conversion> conversions, String medianSpeed, long breaches) {

        static Owner of(OwnerFunnel owner) {
            return new Owner(owner.owner(), stepsOf(owner.conversions()), duration(owner.speedToLead().median()),
                    owner.breaches().values().stream().mapToLong(Long::longValue).sum());
        }
    }
}
