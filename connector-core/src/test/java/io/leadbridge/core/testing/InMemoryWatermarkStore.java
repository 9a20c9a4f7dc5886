package io.leadbridge.core.testing;

import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link WatermarkStore} in memory; a commit never moves a watermark backwards. Thread-safe. */
public final class InMemoryWatermarkStore implements WatermarkStore {

    private final Map<StreamId, Watermark> marks = new HashMap<>();
    private final Map<StreamId, List<Watermark>> history = new HashMap<>();

    @Override
    public synchronized Optional<Watermark> load(StreamId stream) {
        return Optional.ofNullable(marks.get(Objects.requireNonNull(stream, "stream")));
    }

    @Override
    public synchronized boolean commit(StreamId stream, Watermark mark) {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(mark, "mark");
        Watermark current = marks.get(stream);
        if (current != null && !mark.isAfter(current)) {
            return false;
        }
        marks.put(stream, mark);
        history.computeIfAbsent(stream, s -> new ArrayList<>()).add(mark);
        return true;
    }

    /** Every watermark that moved the stream, in commit order. */
    public synchronized List<Watermark> history(StreamId stream) {
        return List.copyOf(history.getOrDefault(stream, List.of()));
    }
}
