package io.leadbridge.app.console;

import io.leadbridge.app.workflow.FunnelMetrics;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The funnel since a time (default: the configured window), as {@code GET /api/funnel} reports it, drawn. */
@Controller
class FunnelPage {

    private final FunnelMetrics metrics;

    FunnelPage(FunnelMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/funnel")
    String funnel(@RequestParam(required = false) String since, Model model) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? metrics.windowStart() : Instant.parse(since.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "since must be an ISO-8601 instant such as "
                    + "2026-11-01T00:00:00Z, was '" + since + "'", notAnInstant);
        }
        model.addAttribute("funnel", FunnelView.of(metrics.report(from)));
        return "funnel";
    }
}
