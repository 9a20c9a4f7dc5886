package io.leadbridge.core.company;

import io.leadbridge.core.sync.Watermark;
import java.util.List;
import java.util.Objects;

/**
 * One read of changed company records, in watermark order.
 *
 * @param next    the position of the last change (the input position when there is none)
 * @param hasMore whether more changes may be waiting after {@code next}
 */
public record CompanyChangePage(List<CompanyChange> changes, Watermark next, boolean hasMore) {

    public CompanyChangePage {
        changes = List.copyOf(changes);
        Objects.requireNonNull(next, "next");
    }
}
