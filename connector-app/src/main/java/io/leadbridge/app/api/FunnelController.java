package io.leadbridge.app.api;

import io.leadbridge.app.workflow.FunnelMetrics;
import io.leadbridge.core.workflow.metrics.FunnelReport;
import io.leadbridge.core.workflow.metrics.OwnerFunnel;
import io.leadbridge.core.workflow.metrics.SpeedToLead;
import io.leadbridge.core.workflow.metrics.StageConversion;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/funnel[?since=2026-11-01T00:00:00Z]}: conversion along MQL, SQL, SAL, opportunity and customer,
 * speed-to-lead, SLA breaches, the same per SDR and AE, and the people caught in a reject loop, since
 * {@code since} (default: the configured window).
 * Durations are in seconds, rates from 0 to 1.
 */
@RestController
public class FunnelController {

    private final FunnelMetrics metrics;

    public FunnelController(FunnelMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping(path = "/api/funnel", produces = "application/json")
    public ResponseEntity<Map<String, Object>> funnel(@RequestParam(name = "since", required = false) String since) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? metrics.windowStart() : Instant.parse(since.trim());
        } catch (DateTimeParseException notAnInstant) {
            return ResponseEntity.badRequest().body(Map.of("error", "since must be an ISO-8601 instant such as "
                    + "2026-11-01T00:00:00Z, was \"" + since + "\""));
        }
        return ResponseEntity.ok(json(metrics.report(from)));
    }

    private static Map<String, Object> json(FunnelReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("since", report.since().toString());
        body.put("reached", keyed(report.reached()));
        body.put("conversions", conversions(report.conversions()));
        body.put("speedToLead", speed(report.speedToLead()));
        body.put("slaBreaches", keyed(report.breaches()));
        body.put("sdrs", report.sdrs().stream().map(FunnelController::owner).toList());
        body.put("aes", report.aes().stream().map(FunnelController::owner).toList());
        body.put("rejectLoops", report.rejectLoops().stream().map(loop -> Map.of("person", loop.person().toString(),
                "rejections", loop.rejections(), "lastReason", loop.lastReason())).toList());
        return body;
    }

    private static Map<String, Object> owner(OwnerFunnel owner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("owner", owner.owner());
        body.put("reached", keyed(owner.reached()));
        body.put("conversions", conversions(owner.conversions()));
        body.put("speedToLead", speed(owner.speedToLead()));
        body.put("slaBreaches", keyed(owner.breaches()));
        return body;
    }

    private static List<Map<String, Object>> conversions(List<StageConversion> conversions) {
        return conversions.stream().map(c -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("from", c.from().name());
            body.put("to", c.to().name());
            body.put("reached", c.reached());
            body.put("converted", c.converted());
            body.put("rate", c.rate());
            return body;
        }).toList();
    }

    private static Map<String, Object> speed(SpeedToLead speed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("measured", speed.measured());
        body.put("medianSeconds", seconds(speed.median()));
        body.put("p90Seconds", seconds(speed.p90()));
        body.put("maxSeconds", seconds(speed.max()));
        body.put("buckets", speed.buckets());
        return body;
    }

    private static Long seconds(Optional<Duration> duration) {
        return duration.map(Duration::toSeconds).orElse(null);
    }

    private static Map<String, Long> keyed(Map<? extends Enum<?>, Long> counts) {
        Map<String, Long> body = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.ordinal() - b.ordinal()))
                .forEach(e -> body.put(e.getKey().name(), e.getValue()));
        return body;
    }
}
