package io.leadbridge.core.testing;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link CrmSource} over records that a test changes. Like a CRM, each record holds its current version only:
 * {@link #upsert} of a known record replaces it, so it reappears at its new position. Pages hold the current
 * versions strictly after {@code since}, in {@link Watermark} order. Every read is logged in {@link #reads()};
 * {@link #failNextReads} makes reads throw. Thread-safe.
 */
public final class FakeCrmSource implements CrmSource {

    /** One call of {@link #readChanges}. */
    public record Read(StreamId stream, Watermark since, int maxItems) {
    }

    private final CrmSystem system;
    private final Map<StreamId, Map<ExternalRef, ChangeEvent>> records = new LinkedHashMap<>();
    private final List<Read> reads = new ArrayList<>();
    private int failuresLeft;
    private SyncFailure failure;

    public FakeCrmSource(CrmSystem system, StreamId... streams) {
        this.system = Objects.requireNonNull(system, "system");
        for (StreamId stream : streams) {
            if (stream.system() != system) {
                throw new IllegalArgumentException(stream + " is not a " + system + " stream");
            }
            records.put(stream, new LinkedHashMap<>());
        }
    }

    @Override
    public CrmSystem system() {
        return system;
    }

    @Override
    public synchronized Set<StreamId> streams() {
        return Set.copyOf(records.keySet());
    }

    /** Creates or changes a record; returns the change as a poller reads it. */
    public synchronized ChangeEvent upsert(StreamId stream, ExternalRef ref, Instant modifiedAt, Person person) {
        ChangeEvent event = ChangeEvent.polled(stream, ref, modifiedAt, person);
        recordsOf(stream).put(ref, event);
        return event;
    }

    /** Removes a record, so that later reads no longer see it. */
    public synchronized void remove(StreamId stream, ExternalRef ref) {
        recordsOf(stream).remove(ref);
    }

    /** The next {@code calls} reads throw a {@link SyncFailureException} with {@code failure}. */
    public synchronized void failNextReads(int calls, SyncFailure failure) {
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative");
        }
        this.failuresLeft = calls;
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    @Override
    public synchronized ChangePage readChanges(StreamId stream, Watermark since, int maxItems) {
        Objects.requireNonNull(since, "since");
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be positive: " + maxItems);
        }
        Map<ExternalRef, ChangeEvent> current = recordsOf(stream);
        reads.add(new Read(stream, since, maxItems));
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new SyncFailureException(failure);
        }
        List<ChangeEvent> after = current.values().stream()
                .filter(e -> ChangeEvents.positionOf(e).isAfter(since))
                .sorted(Comparator.comparing(ChangeEvents::positionOf))
                .toList();
        List<ChangeEvent> page = after.subList(0, Math.min(maxItems, after.size()));
        Watermark next = page.isEmpty() ? since : ChangeEvents.positionOf(page.get(page.size() - 1));
        return new ChangePage(page, next, after.size() > page.size());
    }

    /** Every read so far, failed ones included, in call order. */
    public synchronized List<Read> reads() {
        return List.copyOf(reads);
    }

    private Map<ExternalRef, ChangeEvent> recordsOf(StreamId stream) {
        Map<ExternalRef, ChangeEvent> current = records.get(Objects.requireNonNull(stream, "stream"));
        if (current == null) {
            throw new IllegalArgumentException(stream + " is not a stream of this source; it has " + records.keySet());
        }
        return current;
    }
}
