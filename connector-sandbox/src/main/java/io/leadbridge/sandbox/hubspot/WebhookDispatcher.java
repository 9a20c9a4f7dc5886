package io.leadbridge.sandbox.hubspot;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns contact changes into HubSpot webhook events and delivers them asynchronously: events are collected for
 * the batch window, sent as JSON arrays of at most 100, signed (v3 and v1), and retried on a non-2xx answer or a
 * connection failure with a doubling backoff, each retry with {@code attemptNumber} one higher.
 */
final class WebhookDispatcher implements ChangeListener {

    static final int MAX_EVENTS_PER_REQUEST = 100;

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);

    private final WebhookOptions options;
    private final long portalId;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http;
    private final List<String> subscribed;
    private final List<ObjectNode> pending = new ArrayList<>();
    private final AtomicLong eventIds = new AtomicLong(1);
    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private boolean flushScheduled;

    WebhookDispatcher(WebhookOptions options, long portalId, Clock clock, ScheduledExecutorService scheduler,
                      HttpClient http) {
        this.options = options;
        this.portalId = portalId;
        this.clock = clock;
        this.scheduler = scheduler;
        this.http = http;
        this.subscribed = options.subscribedProperties().stream().sorted().toList();
    }

    @Override
    public void created(HubSpotRecord record, ChangeOrigin origin) {
        if (record.type() == ObjectType.CONTACTS && options.contactCreation()) {
            ObjectNode event = event(1, "contact.creation", record, origin);
            event.put("changeFlag", "NEW");
            enqueue(event);
        }
    }

    @Override
    public void propertyChanged(HubSpotRecord record, String property, String value, ChangeOrigin origin) {
        int index = subscribed.indexOf(property);
        if (record.type() == ObjectType.CONTACTS && index >= 0) {
            ObjectNode event = event(2 + index, "contact.propertyChange", record, origin);
            event.put("propertyName", property);
            event.put("propertyValue", value);
            enqueue(event);
        }
    }

    @Override
    public void archived(HubSpotRecord record) {
        if (record.type() == ObjectType.CONTACTS && options.contactCreation()) {
            ObjectNode event = event(subscribed.size() + 2, "contact.deletion", record, ChangeOrigin.crmUi());
            event.put("changeFlag", "DELETED");
            enqueue(event);
        }
    }

    @Override
    public void merged(HubSpotRecord survivor, long mergedId, ChangeOrigin origin) {
        if (survivor.type() == ObjectType.CONTACTS && options.contactCreation()) {
            ObjectNode event = event(subscribed.size() + 3, "contact.merge", survivor, origin);
            event.put("primaryObjectId", survivor.id());
            event.putArray("mergedObjectIds").add(mergedId);
            event.put("newObjectId", survivor.id());
            event.put("numberOfPropertiesMoved", 0);
            enqueue(event);
        }
    }

    /** Requests the target answered with 2xx. */
    int deliveredRequests() {
        return delivered.get();
    }

    /** Attempts that failed (non-2xx or no connection), each retried while retries remain. */
    int failedAttempts() {
        return failedAttempts.get();
    }

    private ObjectNode event(int subscriptionId, String subscriptionType, HubSpotRecord record, ChangeOrigin origin) {
        ObjectNode event = JsonViews.object();
        event.put("eventId", eventIds.getAndIncrement());
        event.put("subscriptionId", subscriptionId);
        event.put("portalId", portalId);
        event.put("appId", options.appId());
        event.put("occurredAt", record.updatedAt().toEpochMilli());
        event.put("subscriptionType", subscriptionType);
        event.put("attemptNumber", 0);
        event.put("objectId", record.id());
        event.put("changeSource", origin.changeSource());
        event.put("sourceId", origin.sourceId());
        return event;
    }

    private void enqueue(ObjectNode event) {
        synchronized (pending) {
            pending.add(event);
            if (!flushScheduled && schedule(this::flush, options.batchWindow().toMillis())) {
                flushScheduled = true;
            }
        }
    }

    /** False once the emulator is closed: pending events are then dropped. */
    private boolean schedule(Runnable task, long delayMillis) {
        try {
            scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException closed) {
            return false;
        }
    }

    private void flush() {
        List<ObjectNode> events;
        synchronized (pending) {
            events = new ArrayList<>(pending);
            pending.clear();
            flushScheduled = false;
        }
        for (int from = 0; from < events.size(); from += MAX_EVENTS_PER_REQUEST) {
            deliver(events.subList(from, Math.min(events.size(), from + MAX_EVENTS_PER_REQUEST)), 0);
        }
    }

    private void deliver(List<ObjectNode> events, int attempt) {
        ArrayNode batch = JsonViews.JSON.createArrayNode();
        events.forEach(e -> batch.add(e.deepCopy().put("attemptNumber", attempt)));
        String body = batch.toString();
        long timestamp = clock.millis();
        String uri = options.targetUrl().toString();
        HttpRequest request = HttpRequest.newBuilder(options.targetUrl())
                .timeout(SEND_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-HubSpot-Signature-v3",
                        WebhookSignatures.v3(options.clientSecret(), "POST", uri, body, timestamp))
                .header("X-HubSpot-Request-Timestamp", String.valueOf(timestamp))
                .header("X-HubSpot-Signature", WebhookSignatures.v1(options.clientSecret(), body))
                .header("X-HubSpot-Signature-Version", "v1")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> settle(events, attempt, response, failure));
        } catch (RejectedExecutionException closed) {
            log.debug("webhook delivery of {} events dropped: the emulator is closed", events.size());
        }
    }

    private void settle(List<ObjectNode> events, int attempt, HttpResponse<Void> response, Throwable failure) {
        if (failure == null && response.statusCode() / 100 == 2) {
            delivered.incrementAndGet();
            log.debug("webhook delivery of {} events (attempt {}) -> {}", events.size(), attempt,
                    response.statusCode());
            return;
        }
        failedAttempts.incrementAndGet();
        String outcome = failure == null ? String.valueOf(response.statusCode()) : failure.getClass().getName();
        long delay = options.retryBackoff().toMillis() << Math.min(attempt, 16);
        if (attempt < options.maxRetries() && schedule(() -> deliver(events, attempt + 1), delay)) {
            log.debug("webhook delivery of {} events (attempt {}) failed with {}; retrying in {} ms",
                    events.size(), attempt, outcome, delay);
        } else {
            log.warn("webhook delivery of {} events gave up after attempt {}: {}", events.size(), attempt,
                    outcome);
        }
    }
}
