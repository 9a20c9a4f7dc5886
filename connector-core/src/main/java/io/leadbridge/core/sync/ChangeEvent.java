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
 * @param mergedInto for a delete that is a merge (a Salesforce {@code MasterRecordId}, a HubSpot
 *                   {@code hs_merged_object_ids} entry), the record of the same CRM that survived it
 */
public record ChangeEvent(ExternalRef ref, ChangeKind kind, Instant modifiedAt, Optional<Person> person,
                          Optional<StreamPosition> stream, Optional<ExternalRef> mergedInto) {

    public ChangeEvent {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(mergedInto, "mergedInto");
        mergedInto.ifPresent(survivor -> {
            if (kind != ChangeKind.DELETE || survivor.system() != ref.system() || survivor.equals(ref)) {
                throw new IllegalArgumentException(ref + " cannot be merged into " + survivor);
            }
        });
    }

    /** A change that is not a merge. */
    public ChangeEvent(ExternalRef ref, ChangeKind kind, Instant modifiedAt, Optional<Person> person,
                       Optional<StreamPosition> stream) {
        this(ref, kind, modifiedAt, person, stream, Optional.empty());
    }

    /** {@code loser} was merged into {@code survivor} (and so deleted) at {@code at}. */
    public static ChangeEvent merged(ExternalRef loser, ExternalRef survivor, Instant at,
                                     Optional<StreamPosition> stream) {
        return new ChangeEvent(loser, ChangeKind.DELETE, at, Optional.empty(), stream, Optional.of(survivor));
    }

    /** The same change outside any stream (a backfill's or a resync's copy). */
    public ChangeEvent withoutStream() {
        return new ChangeEvent(ref, kind, modifiedAt, person, Optional.empty(), mergedInto);
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
