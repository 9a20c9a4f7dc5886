package io.leadbridge.sandbox.salesforce.outbound;

import com.sforce.ws.ConnectionException;
import com.sforce.ws.parser.PullParserException;
import com.sforce.ws.parser.XmlInputStream;
import io.leadbridge.sandbox.salesforce.store.Org;
import io.leadbridge.sandbox.salesforce.store.RecordChange;
import io.leadbridge.sandbox.salesforce.store.SalesforceIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers Outbound Messaging like Salesforce: each create or update of a configured object queues a
 * notification; a single dispatcher thread sends due notifications per object in POSTs of up to
 * {@code batchSize}, built from the record's values at send time. A POST counts as delivered only when the
 * listener answers HTTP 200 with {@code <Ack>true</Ack>}; otherwise its notifications are retried with doubling
 * backoff up to {@code maxBackoff}, and dropped once older than {@code retryFor}. Delivery is at least once.
 */
public final class OutboundMessenger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundMessenger.class);
    private static final String API_VERSION = "65.0";

    private record Pending(String notificationId, String type, String recordId, Instant queuedAt, int attempts,
                           long dueNanos) {
    }

    private final OutboundMessagingOptions options;
    private final Org org;
    private final String organizationId;
    private final Supplier<String> baseUrl;
    private final SalesforceIds ids = new SalesforceIds();
    private final Map<String, String> actionIds = new LinkedHashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final ScheduledExecutorService dispatcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "salesforce-emulator-outbound");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http;
    private long delivered;
    private long attempts;
    private long dropped;
    private ScheduledFuture<?> retryRun;

    public OutboundMessenger(OutboundMessagingOptions options, Org org, String organizationId,
                             Supplier<String> baseUrl) {
        this.options = options;
        this.org = org;
        this.organizationId = organizationId;
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(options.deliveryTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        options.fields().keySet().forEach(type -> actionIds.put(type, ids.next("04k")));
        org.addChangeListener(this::queue);
    }

    public synchronized OutboundStats stats() {
        return new OutboundStats(delivered, attempts, pending.size(), dropped);
    }

    private void queue(List<RecordChange> changes) {
        List<RecordChange> relevant = changes.stream().filter(c -> options.fields().containsKey(c.type())).toList();
        if (relevant.isEmpty()) {
            return;
        }
        synchronized (this) {
            for (RecordChange change : relevant) {
                pending.add(new Pending(ids.next("04l"), change.type(), change.id(), org.clock().instant(), 0,
                        System.nanoTime()));
            }
        }
        dispatcher.execute(this::dispatch);
    }

    private void dispatch() {
        for (String type : options.fields().keySet()) {
            List<Pending> batch = dueBatch(type);
            while (!batch.isEmpty()) {
                deliver(type, batch);
                batch = dueBatch(type);
            }
        }
        scheduleNextRetry();
    }

    private synchronized List<Pending> dueBatch(String type) {
        long now = System.nanoTime();
        List<Pending> batch = pending.stream().filter(p -> p.type().equals(type) && p.dueNanos() - now <= 0)
                .limit(options.batchSize()).toList();
        pending.removeAll(batch);
        return batch;
    }

    private void deliver(String type, List<Pending> batch) {
        List<NotificationMessage.Entry> entries = new ArrayList<>();
        for (Pending notification : batch) {
            org.find(notification.recordId()).filter(record -> !"true".equals(record.get("IsDeleted")))
                    .ifPresent(record -> entries.add(new NotificationMessage.Entry(notification.notificationId(),
                            record)));
        }
        if (entries.isEmpty()) {
            return;
        }
        String org15 = organizationId.substring(0, 15);
        byte[] body = NotificationMessage.write(organizationId, actionIds.get(type),
                baseUrl.get() + "/services/Soap/c/" + API_VERSION + "/" + org15,
                baseUrl.get() + "/services/Soap/u/" + API_VERSION + "/" + org15, type, options.fields().get(type),
                entries);
        boolean acknowledged = post(body);
        synchronized (this) {
            attempts++;
            if (acknowledged) {
                delivered += entries.size();
                return;
            }
            for (Pending notification : batch) {
                retry(notification);
            }
        }
    }

    private void retry(Pending notification) {
        Instant now = org.clock().instant();
        if (!now.isBefore(notification.queuedAt().plus(options.retryFor()))) {
            dropped++;
            LOG.warn("Outbound message {} for {} dropped after {} attempts", notification.notificationId(),
                    notification.recordId(), notification.attempts() + 1);
            return;
        }
        Duration backoff = options.initialBackoff().multipliedBy(1L << Math.min(notification.attempts(), 20));
        if (backoff.compareTo(options.maxBackoff()) > 0) {
            backoff = options.maxBackoff();
        }
        pending.add(new Pending(notification.notificationId(), notification.type(), notification.recordId(),
                notification.queuedAt(), notification.attempts() + 1, System.nanoTime() + backoff.toNanos()));
    }

    private synchronized void scheduleNextRetry() {
        Optional<Long> next = pending.stream().map(Pending::dueNanos).min(Comparator.naturalOrder());
        if (retryRun != null) {
            retryRun.cancel(false);
        }
        retryRun = next.map(due -> dispatcher.schedule(this::dispatch, Math.max(0, due - System.nanoTime()),
                TimeUnit.NANOSECONDS)).orElse(null);
    }

    private boolean post(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(options.endpoint()).timeout(options.deliveryTimeout())
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .header("User-Agent", "Salesforce Outbound Messaging (Leadbridge emulator)")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            boolean ack = response.statusCode() == 200 && acknowledged(response.body());
            if (!ack) {
                LOG.debug("Outbound message to {} not acknowledged (HTTP {})", listener(), response.statusCode());
            }
            return ack;
        } catch (IOException e) {
            LOG.debug("Outbound message to {} failed: {}", listener(), e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The listener's scheme, host and port only: its path may carry a secret token. */
    private String listener() {
        return options.endpoint().getScheme() + "://" + options.endpoint().getAuthority();
    }

    private static boolean acknowledged(byte[] body) {
        try {
            XmlInputStream in = new XmlInputStream();
            in.setInput(new ByteArrayInputStream(body), "UTF-8");
            while (in.next() != XmlInputStream.END_DOCUMENT) {
                if (in.getEventType() == XmlInputStream.START_TAG && "Ack".equals(in.getName())) {
                    return "true".equals(in.nextText().trim());
                }
            }
            return false;
        } catch (PullParserException | IOException | ConnectionException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dispatcher.shutdownNow();
    }
}
