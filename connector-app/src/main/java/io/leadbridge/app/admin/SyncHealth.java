package io.leadbridge.app.admin;

import io.leadbridge.app.flow.SyncMetrics;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sync health per stream, read from the inbox, the watermarks and this instance's meters. A stream shows up once it
 * was polled, has a watermark or has a stored change.
 */
public class SyncHealth {

    private final JdbcClient jdbc;
    private final WatermarkStore watermarks;
    private final Supplier<Optional<SyncMetrics>> metrics;
    private final MeterRegistry registry;
    private final Clock clock;

    public SyncHealth(JdbcClient jdbc, WatermarkStore watermarks, Supplier<Optional<SyncMetrics>> metrics,
                      MeterRegistry registry, Clock clock) {
        this.jdbc = jdbc;
        this.watermarks = watermarks;
        this.metrics = metrics;
        this.registry = registry;
        this.clock = clock;
    }

    public List<StreamHealth> streams() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("SELECT stream_key, status, COUNT(*) AS n FROM change_inbox WHERE stream_key IS NOT NULL "
                        + "GROUP BY stream_key, status")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("stream_key"), key -> new HashMap<>())
                            .put(rs.getString("status"), rs.getLong("n"));
                });
        Map<StreamId, Instant> lastPolls = metrics.get().map(SyncMetrics::lastPolls).orElse(Map.of());
        TreeSet<String> keys = new TreeSet<>(counts.keySet());
        keys.addAll(jdbc.sql("SELECT stream_key FROM stream_watermark").query(String.class).list());
        lastPolls.keySet().forEach(stream -> keys.add(stream.key()));
        Instant now = clock.instant();
        return keys.stream().map(key -> {
            StreamId stream = StreamId.parse(key);
            Optional<Instant> settled = watermarks.load(stream).map(Watermark::modifiedAt);
            Map<String, Long> byStatus = counts.getOrDefault(key, Map.of());
            return new StreamHealth(key, Optional.ofNullable(lastPolls.get(stream)), settled,
                    settled.map(at -> Duration.between(at, now).toSeconds()), read(key),
                    byStatus.getOrDefault("PENDING", 0L) + byStatus.getOrDefault("CLAIMED", 0L),
                    byStatus.getOrDefault("DONE", 0L), byStatus.getOrDefault("PARKED", 0L));
        }).toList();
    }

    /** Changes waiting in the inbox that arrived by webhook and have no stream position yet. */
    public long pendingWithoutStream() {
        return jdbc.sql("SELECT COUNT(*) FROM change_inbox WHERE stream_key IS NULL AND status IN ('PENDING', 'CLAIMED')")
                .query(Long.class).single();
    }

    public long openErrors() {
        return jdbc.sql("SELECT COUNT(*) FROM sync_error WHERE status = 'OPEN'").query(Long.class).single();
    }

    private long read(String stream) {
        Counter counter = registry.find("leadbridge.changes.read").tag("stream", stream).counter();
        return counter == null ? 0 : (long) counter.count();
    }
}
