package io.leadbridge.core.port;

import io.leadbridge.core.sync.ChangeEvent;
import java.util.Objects;

/** A stored change with its inbox id and how many write attempts have failed so far. */
public record InboxEntry(long id, ChangeEvent event, int attempts) {

    public InboxEntry {
        Objects.requireNonNull(event, "event");
    }
}
