package io.leadbridge.app.api;

import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.core.engine.Backfill;
import io.leadbridge.core.engine.DryRun;
import io.leadbridge.core.engine.DryRunReport;
import io.leadbridge.core.engine.Resync;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.BackfillRun;
import io.leadbridge.core.port.BackfillRuns;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/resync}, {@code POST /api/dry-run}, {@code POST|GET /api/backfill}: push people's current records
 * through the pipeline again, show what a change would write without writing, and load every existing record.
 */
@RestController
@RequestMapping("/api")
@Conditional(LiveModeCondition.class)
class SyncOperationsController {

    private static final Logger log = LoggerFactory.getLogger(SyncOperationsController.class);

    private final CurrentRecords current;
    private final Resync resync;
    private final DryRun dryRun;
    private final Backfill backfill;
    private final BackfillRuns runs;

    SyncOperationsController(CurrentRecords current, Resync resync, DryRun dryRun, Backfill backfill,
                             BackfillRuns runs) {
        this.current = current;
        this.resync = resync;
        this.dryRun = dryRun;
        this.backfill = backfill;
        this.runs = runs;
    }

    /**
     * One selector: {@code hubspotId}, {@code salesforceId} or {@code email} queue those records' current versions;
     * {@code since} starts a backfill of both streams from that time.
     */
    @PostMapping("/resync")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> resync(@RequestBody(required = false) ResyncRequest request) {
        ResyncRequest body = request == null ? new ResyncRequest(null, null, null, null) : request;
        String selector = onlyOne(body.asMap());
        Map<String, Object> answer = new LinkedHashMap<>();
        if (selector.equals("since")) {
            Instant since = ApiParameters.instant("since", body.since());
            answer.put("backfills", startBackfills(backfill.streams(), Optional.of(since)));
            return answer;
        }
        List<ChangeEvent> events;
        List<ExternalRef> unread = List.of();
        switch (selector) {
            case "hubspotId" -> events = current.hubspotContact(body.hubspotId().trim());
            case "salesforceId" -> events = current.salesforceLead(body.salesforceId().trim());
            default -> {
                CurrentRecords.Found found = current.withEmail(body.email());
                events = found.events();
                unread = found.unread();
            }
        }
        if (events.isEmpty() && unread.isEmpty()) {
            throw new NoSuchElementException("no HubSpot contact or Salesforce Lead matches " + selector);
        }
        Resync.Report report = resync.push(events);
        log.info("Resync by {}: {} queued, {} already seen", selector, report.queued().size(),
                report.alreadySeen().size());
        answer.put("queued", report.queued().stream().map(RecordView::of).toList());
        answer.put("alreadySeen", report.alreadySeen().stream().map(RecordView::of).toList());
        answer.put("notSynced", unread.stream().map(RecordView::of).toList());
        return answer;
    }

    /** One selector: {@code hubspotId} or {@code salesforceId}; the record's current version is planned, not written. */
    @PostMapping("/dry-run")
    DryRunView dryRun(@RequestBody(required = false) DryRunRequest request) {
        DryRunRequest body = request == null ? new DryRunRequest(null, null) : request;
        Map<String, String> selectors = new LinkedHashMap<>();
        selectors.put("hubspotId", body.hubspotId());
        selectors.put("salesforceId", body.salesforceId());
        String selector = onlyOne(selectors);
        List<ChangeEvent> events = selector.equals("hubspotId") ? current.hubspotContact(body.hubspotId().trim())
                : current.salesforceLead(body.salesforceId().trim());
        ChangeEvent event = events.stream().findFirst().orElseThrow(() -> new NoSuchElementException(
                "no " + (selector.equals("hubspotId") ? "HubSpot contact " + body.hubspotId()
                        : "Salesforce Lead " + body.salesforceId())));
        return DryRunView.of(dryRun.plan(event));
    }

    /** Starts a backfill of one stream ({@code stream}) or of both, from the beginning or from {@code since}. */
    @PostMapping("/backfill")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<BackfillView> startBackfill(@RequestBody(required = false) BackfillRequest request) {
        BackfillRequest body = request == null ? new BackfillRequest(null, null) : request;
        Optional<Instant> since = ApiParameters.optional(body.since()).map(s -> ApiParameters.instant("since", s));
        Set<StreamId> streams = ApiParameters.optional(body.stream()).map(this::stream).map(Set::of)
                .orElse(backfill.streams());
        return startBackfills(streams, since);
    }

    @GetMapping("/backfill")
    List<BackfillView> backfills() {
        return runs.all().stream().map(BackfillView::of).toList();
    }

    private List<BackfillView> startBackfills(Set<StreamId> streams, Optional<Instant> since) {
        List<BackfillView> started = new ArrayList<>();
        for (StreamId stream : streams) {
            started.add(BackfillView.of(backfill.start(stream, since)));
        }
        return started;
    }

    private StreamId stream(String key) {
        return backfill.streams().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new BadApiRequest("stream", "stream must be one of "
                        + backfill.streams().stream().map(StreamId::key).toList() + ", was '" + key + "'"));
    }

    private static String onlyOne(Map<String, String> selectors) {
        List<String> given = selectors.entrySet().stream()
                .filter(e -> ApiParameters.optional(e.getValue()).isPresent()).map(Map.Entry::getKey).toList();
        if (given.size() != 1) {
            String first = selectors.keySet().iterator().next();
            throw new BadApiRequest(given.isEmpty() ? first : given.get(1), "give exactly one of "
                    + String.join(", ", selectors.keySet()) + (given.isEmpty() ? "" : "; got " + given));
        }
        return given.get(0);
    }

    record ResyncRequest(String hubspotId, String salesforceId, String email, String since) {

        Map<String, String> asMap() {
            Map<String, String> selectors = new LinkedHashMap<>();
            selectors.put("hubspotId", hubspotId);
            selectors.put("salesforceId", salesforceId);
            selectors.put("email", email);
            selectors.put("since", since);
            return selectors;
        }
    }

    record DryRunRequest(String hubspotId, String salesforceId) {
    }

    record BackfillRequest(String stream, String since) {
    }

    record BackfillView(String stream, String status, Instant from, Instant cursor, long read, long stored,
                        Instant startedAt, Instant updatedAt, Instant finishedAt) {

        static BackfillView of(BackfillRun run) {
            return new BackfillView(run.stream().key(), run.running() ? "RUNNING" : "FINISHED",
                    run.from().modifiedAt(), run.cursor().modifiedAt(), run.read(), run.stored(), run.startedAt(),
                    run.updatedAt(), run.finishedAt().orElse(null));
        }
    }

    record DryRunView(RecordView source, String personId, String operation, RecordView target,
                      Map<String, String> changes, List<Decision> decisions, String refusal) {

        static DryRunView of(DryRunReport report) {
            String operation = report.refusal().isPresent() ? "REFUSED" : report.writesNothing() ? "NOTHING"
                    : report.wouldCreate() ? "CREATE" : "UPDATE";
            Map<String, String> changes = new LinkedHashMap<>();
            report.changes().forEach((field, value) -> changes.put(field.key(), value));
            return new DryRunView(RecordView.of(report.source()), report.person().map(Object::toString).orElse(null),
                    operation, report.target().map(RecordView::of).orElse(null), changes,
                    report.decisions().stream().map(d -> new Decision(d.field().key(),
                            "field-ownership:" + d.field().key(), d.action().name(), d.value(), d.reason())).toList(),
                    report.refusal().orElse(null));
        }
    }

    record Decision(String field, String ruleId, String action, String value, String reason) {
    }
}
