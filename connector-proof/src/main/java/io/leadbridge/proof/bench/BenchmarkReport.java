package io.leadbridge.proof.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The benchmark's results as markdown tables. */
final class BenchmarkReport {

    private final BenchSettings settings;
    private final List<BackfillResult> backfills;
    private final LatencyResult latency;
    private final Optional<LatencyResult> touches;
    private final Optional<LatencyResult> webhookTouches;
    private final RateBound bound;
    private final Optional<LatencyResult> firstTouches;

    BenchmarkReport(BenchSettings settings, List<BackfillResult> backfills, LatencyResult latency,
                    Optional<LatencyResult> touches, Optional<LatencyResult> webhookTouches,
                    Optional<LatencyResult> firstTouches, RateBound bound) {
        this.settings = settings;
        this.backfills = backfills;
        this.latency = latency;
        this.touches = touches;
        this.webhookTouches = webhookTouches;
        this.bound = bound;
        this.firstTouches = firstTouches;
    }

    /**
     * One backfill's row. The shares carry a decimal, as the goal is 90% and a run at 89.5% is not one at 90%; the live
     * heap reads "–" when no full collection ran (G1 keeps none), not 0.
     */
    static String backfillRow(BackfillResult b, RateBound bound) {
        RateBound.Bound limit = bound.of(b);
        RateBound.Bound everyCall = bound.ofEveryCall(b);
        String live = b.peakLiveBytes() == 0 ? "–" : String.valueOf(b.peakLiveBytes() >> 20);
        return String.format(Locale.ROOT,
                "| %,d | %.1f | %.1f | %.1f | %.1f%% | %s | %,d | %d | %d | %s | %.1f | %.1f%% |%n",
                b.records(), b.took().toMillis() / 1000.0, b.recordsPerSecond(), limit.recordsPerSecond(),
                100 * b.recordsPerSecond() / limit.recordsPerSecond(), limit.limit(),
                bound.salesforceRecordsPerDay(b), b.cpu().toSeconds(),
                b.peakHeapBytes() >> 20, live, everyCall.recordsPerSecond(),
                100 * b.recordsPerSecond() / everyCall.recordsPerSecond());
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Emulator latency ").append(settings.latency().toMillis()).append(" ms per response; HubSpot limits ")
                .append(String.format(Locale.ROOT, "%.0f requests/s (190 per 10 s), %.0f searches/s; Salesforce %,.0f "
                        + "calls/day (the connector's share of the daily allocation). Backfills keep the app's data in "
                        + "%s. Wall time runs from the app being ready; CPU time includes its start-up.%n%n",
                        bound.hubspotPerSecond(), bound.searchPerSecond(), bound.salesforcePerDay(),
                        settings.postgres() ? "a PostgreSQL schema" : "an H2 file"));
        md.append("### Backfill (HubSpot contacts into an empty Salesforce org)\n\n");
        md.append("The bound leaves out the searches that found nothing (a poller that has read everything, waiting "
                + "for the drain) and the calls HubSpot refused for its limits (it does not count them); the last "
                + "bound column counts both.\n\n");
        md.append("| people | wall time (s) | records/s | bound by limits (records/s) | share of bound | binding limit "
                + "| Salesforce allocation covers (records/day) | app CPU (s) | peak heap in use (MB) "
                + "| peak live heap after full GC (MB) | bound counting empty and refused calls (records/s) "
                + "| share of it |\n");
        md.append("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (BackfillResult b : backfills) {
            md.append(backfillRow(b, bound));
        }
        md.append("\n### API calls per 1,000 records\n\n");
        md.append("| vendor | operation |");
        backfills.forEach(b -> md.append(String.format(Locale.ROOT, " %,d people |", b.records())));
        md.append("\n|---|---|");
        backfills.forEach(b -> md.append("---:|"));
        md.append('\n');
        appendCalls(md, "HubSpot", backfills.stream().map(BackfillResult::hubspotCalls).toList());
        appendCalls(md, "HubSpot, found nothing:", backfills.stream().map(BackfillResult::hubspotFoundNothing).toList());
        appendCalls(md, "HubSpot, refused (429):", backfills.stream().map(BackfillResult::hubspotRefused).toList());
        appendCalls(md, "Salesforce", backfills.stream().map(BackfillResult::salesforceCalls).toList());
        md.append("\n### Webhook path: HubSpot change made -> Salesforce Lead shows it\n\n");
        md.append("| changes | offered rate (/s) | p50 (ms) | p95 (ms) | p99 (ms) | never arrived |\n");
        md.append("|---:|---:|---:|---:|---:|---:|\n");
        appendLatency(md, latency);
        touches.ifPresent(touched -> {
            md.append("\n### Touch path (polled every ").append(TouchLatencyRun.POLL_INTERVAL)
                    .append("): HubSpot email logged -> Salesforce Task shows it\n\n");
            md.append("| touches | offered rate (/s) | p50 (ms) | p95 (ms) | p99 (ms) | never arrived |\n");
            md.append("|---:|---:|---:|---:|---:|---:|\n");
            appendLatency(md, touched);
        });
        webhookTouches.ifPresent(touched -> {
            md.append("\n### Touch webhook path (outbound messages, touch poll every ")
                    .append(TouchWebhookLatencyRun.POLL_INTERVAL)
                    .append("): Salesforce Task logged -> HubSpot SDR-context note counts it\n\n");
            md.append("| touches | offered rate (/s) | p50 (ms) | p95 (ms) | p99 (ms) | never arrived |\n");
            md.append("|---:|---:|---:|---:|---:|---:|\n");
            appendLatency(md, touched);
        });
        firstTouches.ifPresent(touched -> {
            md.append("\n### Touch webhook path, every person's first touch (no warm-up: each person's first Task also "
                    + "creates their note)\n\n");
            md.append("| touches | offered rate (/s) | p50 (ms) | p95 (ms) | p99 (ms) | never arrived |\n");
            md.append("|---:|---:|---:|---:|---:|---:|\n");
            appendLatency(md, touched);
        });
        if (!settings.appProperties().isEmpty()) {
            md.append("\nApp properties of this run: ").append(settings.appProperties()).append('\n');
        }
        return md.toString();
    }

    private static void appendLatency(StringBuilder md, LatencyResult result) {
        md.append(String.format(Locale.ROOT, "| %d | %.0f | %d | %d | %d | %d |%n", result.samples().size()
                        + result.missed(), result.offeredPerSecond(), result.percentile(50).toMillis(),
                result.percentile(95).toMillis(), result.percentile(99).toMillis(), result.missed()));
    }

    private void appendCalls(StringBuilder md, String vendor, List<Map<String, Long>> perRun) {
        TreeSet<String> operations = new TreeSet<>();
        perRun.forEach(calls -> operations.addAll(calls.keySet()));
        for (String operation : operations) {
            md.append("| ").append(vendor).append(" | `").append(operation).append("` |");
            for (int i = 0; i < perRun.size(); i++) {
                long calls = perRun.get(i).getOrDefault(operation, 0L);
                md.append(String.format(Locale.ROOT, " %.2f |", BackfillResult.perThousand(calls,
                        backfills.get(i).records())));
            }
            md.append('\n');
        }
    }
}
