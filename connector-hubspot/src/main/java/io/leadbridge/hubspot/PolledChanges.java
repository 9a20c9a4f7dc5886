package io.leadbridge.hubspot;

import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Collects the changes of a read that pages through results sorted by modification time only, and hands
 * back the ones that are safe to pass on, in {@link Watermark} order.
 *
 * <p>HubSpot orders records modified in the same millisecond arbitrarily, while watermarks order them by
 * id. So while more pages wait, the newest millisecond seen may continue on the next page, possibly with
 * an id that sorts before the ones already seen; passing those on would move the watermark past a record
 * not yet read. Such records are held back: the next read starts at that millisecond again.
 */
final class PolledChanges {

    private final Watermark since;
    private final NavigableMap<Watermark, ChangeEvent> afterSince = new TreeMap<>();
    private Instant newestSeen;

    PolledChanges(Watermark since) {
        this.since = since;
    }

    /** Adds one change read from the stream; those at or before {@code since} are dropped. */
    void add(ChangeEvent event) {
        Watermark position = event.stream().orElseThrow().position();
        if (newestSeen == null || position.modifiedAt().isAfter(newestSeen)) {
            newestSeen = position.modifiedAt();
        }
        if (position.isAfter(since)) {
            afterSince.putIfAbsent(position, event);
        }
    }

    /** The latest modification time read so far; empty before the first change. */
    Optional<Instant> newestSeen() {
        return Optional.ofNullable(newestSeen);
    }

    /** Whether some changes could be passed on if the read stopped now, with more pages waiting. */
    boolean anySettled() {
        return !settled(true).isEmpty();
    }

    /**
     * @param maxItems    at most this many events
     * @param morePages   whether the vendor has further pages
     */
    ChangePage page(int maxItems, boolean morePages) {
        Collection<ChangeEvent> settled = settled(morePages);
        List<ChangeEvent> events = new ArrayList<>(Math.min(maxItems, settled.size()));
        for (ChangeEvent event : settled) {
            if (events.size() == maxItems) {
                break;
            }
            events.add(event);
        }
        Watermark next = events.isEmpty() ? since : events.get(events.size() - 1).stream().orElseThrow().position();
        return new ChangePage(events, next, morePages || settled.size() > events.size());
    }

    private Collection<ChangeEvent> settled(boolean morePages) {
        if (!morePages || newestSeen == null) {
            return afterSince.values();
        }
        // The smallest watermark of the newest millisecond: ids are never blank.
        return afterSince.headMap(new Watermark(newestSeen, ""), false).values();
    }
}
