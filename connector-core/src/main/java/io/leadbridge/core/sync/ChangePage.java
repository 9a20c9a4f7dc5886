package io.leadbridge.core.sync;

import java.util.List;
import java.util.Objects;

/**
 * One page of changes from a stream, in watermark order.
 *
 * @param next    the position after the last change on this page (the input position if the page is empty)
 * @param hasMore whether more changes were already known to be waiting when the page was read
 */
public record ChangePage(List<ChangeEvent> events, Watermark next, boolean hasMore) {

    public ChangePage {
        events = List.copyOf(events);
        Objects.requireNonNull(next, "next");
    }
}
