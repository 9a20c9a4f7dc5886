package io.leadbridge.app.admin;

import io.leadbridge.app.config.ConnectorProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's read data as JSON, for scripts and monitoring; the error queue ({@code /api/errors}), timelines, resync,
 * dry run, backfill, rules and funnel have controllers of their own.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "admin", description = "Sync health, mappings and the settings check")
public class AdminApiController {

    private final SyncHealth health;
    private final ApiBudgets budgets;
    private final SettingsCheck settingsCheck;
    private final ConnectorProperties properties;

    public AdminApiController(SyncHealth health, ApiBudgets budgets, SettingsCheck settingsCheck,
                              ConnectorProperties properties) {
        this.health = health;
        this.budgets = budgets;
        this.settingsCheck = settingsCheck;
        this.properties = properties;
    }

    /** Sync health: every stream, the inbox and error-queue depth, and each vendor's API budget. */
    public record StreamsHealth(List<StreamHealth> streams, long pendingWithoutStream, long openErrors,
                                List<ApiBudgetUse> budgets) {
    }

    @GetMapping("/health/streams")
    @Operation(summary = "Sync health per stream: last poll, lag, records in, inbox counts, API budgets")
    public StreamsHealth streams() {
        return new StreamsHealth(health.streams(), health.pendingWithoutStream(), health.openErrors(), budgets.all());
    }

    @GetMapping("/settings/check")
    @Operation(summary = "Re-runs the start-up checks: connectivity and mapping validation against each CRM")
    public List<CheckResult> checkSettings() {
        return settingsCheck.all();
    }

    @GetMapping("/mappings")
    @Operation(summary = "The person-field ownership table and the funnel status mappings")
    public Mappings mappings() {
        return Mappings.of(properties);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badParameter(IllegalArgumentException invalid) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }
}
