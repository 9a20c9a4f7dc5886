package io.leadbridge.hubspot.mapping;

import io.leadbridge.core.sync.Watermark;
import io.leadbridge.hubspot.client.Filter;
import io.leadbridge.hubspot.client.FilterGroup;
import java.util.List;

/**
 * The search filter for "modified after this watermark": later than its millisecond, or in its millisecond with a
 * higher {@code hs_object_id} (every object's id, companies' too). HubSpot compares {@code hs_object_id} as a number, as {@link Watermark} orders
 * HubSpot's ids, so the search returns exactly the records after the watermark. A filter on the millisecond alone
 * ({@code GTE}) returned every record of that millisecond again on each read: with a bulk import's tens of
 * records per millisecond, a quarter to a half of every page was records already read.
 */
public final class AfterWatermark {

    private AfterWatermark() {
    }

    /** Filter groups (ORed) on {@code lastModifiedProperty} and the object id. */
    public static List<FilterGroup> filterGroups(String lastModifiedProperty, Watermark since) {
        String millisecond = String.valueOf(since.modifiedAt().toEpochMilli());
        if (since.recordId().isEmpty()) {
            return List.of(new FilterGroup(List.of(Filter.greaterThanOrEqual(lastModifiedProperty, millisecond))));
        }
        return List.of(
                new FilterGroup(List.of(Filter.greaterThan(lastModifiedProperty, millisecond))),
                new FilterGroup(List.of(Filter.equalTo(lastModifiedProperty, millisecond),
                        Filter.greaterThan(ContactProperties.OBJECT_ID, since.recordId()))));
    }
}
