package io.leadbridge.core.sync;

import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a stream: the record's last-modified time, ties broken by the CRM id. Watermarks are
 * totally ordered, and the stored form ({@link #sortKey()}) sorts the same way as text.
 *
 * <p>Positions have millisecond precision, like both CRMs' modification times and the stored form: a finer
 * time is truncated. Ids compare by length first, then character by character, so that HubSpot's numeric ids
 * compare numerically ({@code 9} before {@code 10}) and Salesforce's fixed-length ids compare as text.
 */
public record Watermark(Instant modifiedAt, String recordId) implements Comparable<Watermark> {

    /** The longest record id a watermark holds; its length is written with three digits in {@link #sortKey()}. */
    public static final int MAX_RECORD_ID_LENGTH = 999;

    /** The latest time the 15-digit millisecond field of {@link #sortKey()} can hold (in the year 33658). */
    private static final long MAX_EPOCH_MILLI = 999_999_999_999_999L;

    private static final Comparator<Watermark> ORDER =
            Comparator.comparing(Watermark::modifiedAt).thenComparing(Watermark::recordId, ExternalRef.ID_ORDER);

    /** Before every record: where a stream with no history starts. */
    public static final Watermark BEGINNING = new Watermark(Instant.EPOCH, "");

    public Watermark {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(recordId, "recordId");
        if (modifiedAt.isBefore(Instant.EPOCH) || modifiedAt.isAfter(Instant.ofEpochMilli(MAX_EPOCH_MILLI))) {
            throw new IllegalArgumentException("modifiedAt must be between 1970 and the year 33658: " + modifiedAt);
        }
        if (recordId.length() > MAX_RECORD_ID_LENGTH) {
            throw new IllegalArgumentException("recordId must not be longer than " + MAX_RECORD_ID_LENGTH
                    + " characters, was " + recordId.length());
        }
        modifiedAt = modifiedAt.truncatedTo(ChronoUnit.MILLIS);
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
     * Text that sorts like the watermark: epoch milliseconds zero-padded to 15 digits, the id's length
     * zero-padded to 3 digits, then the id, e.g. {@code 001741000000123|003|512}.
     */
    public String sortKey() {
        return String.format("%015d|%03d|%s", modifiedAt.toEpochMilli(), recordId.length(), recordId);
    }
}
