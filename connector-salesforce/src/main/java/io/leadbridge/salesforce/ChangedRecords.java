package io.leadbridge.salesforce;

import io.leadbridge.core.sync.Watermark;
import java.util.List;
import java.util.Objects;

/**
 * One page of records of one object changed after a watermark, in watermark order.
 *
 * @param next    the position of the last record (the input position when the page is empty)
 * @param hasMore whether the page was full, so that more records may be waiting
 */
public record ChangedRecords<T>(List<T> records, Watermark next, boolean hasMore) {

    public ChangedRecords {
        records = List.copyOf(records);
        Objects.requireNonNull(next, "next");
    }
}
