package io.leadbridge.core.sync;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to one CRM record, as read by a poller or received by a webhook.
 *
 * @param ref        the changed record
 * @param kind       upsert or delete
 * @param modifiedAt the CRM's last-modified time for this version; orders versions of one record
 * @param person     the record's state after the change, in canonical fields; empty for a delete
 * @param stream     the stream a poller read it from, with its position, so that the stream's watermark
 *                   can move once the change is settled; empty for webhook events
 */
public record ChangeEvent(ExternalRef ref, ChangeKind kind, Instant modifiedAt, Optional<Person> person,
                          Optional<StreamPosition> stream) {

    public ChangeEvent {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(stream, "stream");
    }

    public static ChangeEvent polled(StreamId stream, ExternalRef ref, Instant modifiedAt, Person person) {
        return new ChangeEvent(ref, ChangeKind.UPSERT, modifiedAt, Optional.of(person),
                Optional.of(new StreamPosition(stream, new Watermark(modifiedAt, ref.id()))));
    }

    /**
     * Identifies this version of this record: the same change read twice (a re-poll, a webhook
     * redelivery) has the same key and is stored once.
     */
    public String dedupKey() {
        return ref.key() + "@" + modifiedAt.toEpochMilli() + ":" + kind;
    }

    /** A stream and a position in it. */
    public record StreamPosition(StreamId stream, Watermark position) {
        public StreamPosition {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(position, "position");
        }
    }
}
