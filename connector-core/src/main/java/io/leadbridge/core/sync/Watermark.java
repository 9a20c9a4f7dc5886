package io.leadbridge.core.sync;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a stream: the record's last-modified time, ties broken by the CRM id. Watermarks are
 * totally ordered, and the stored form ({@link #sortKey()}) sorts the same way as text.
 */
public record Watermark(Instant modifiedAt, String recordId) implements Comparable<Watermark> {

    private static final Comparator<Watermark> ORDER =
            Comparator.comparing(Watermark::modifiedAt).thenComparing(Watermark::recordId);

    /** Before every record: where a stream with no history starts. */
    public static final Watermark BEGINNING = new Watermark(Instant.EPOCH, "");

    public Watermark {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(recordId, "recordId");
    }

    @Override
    public int compareTo(Watermark other) {
        return ORDER.compare(this, other);
    }

    public boolean isAfter(Watermark other) {
        return compareTo(other) > 0;
    }

    public static Watermark max(Watermark a, Watermark b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Text that sorts like the watermark: epoch milliseconds zero-padded to 15 digits, then the id
     * padded to 20 characters so that HubSpot's numeric ids compare numerically.
     */
    public String sortKey() {
        return String.format("%015d|%20s", modifiedAt.toEpochMilli(), recordId);
    }
}
