package io.leadbridge.hubspot.mapping;

import static io.leadbridge.hubspot.HubSpotFixtures.mappings;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonFieldMapping;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.hubspot.client.Filter;
import io.leadbridge.hubspot.client.FilterGroup;
import io.leadbridge.hubspot.client.SearchRequest;
import io.leadbridge.hubspot.client.Sort;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactSearchRequestsTest {

    @Test
    void asksForTheMappedPropertiesThenTheModificationTimeTheIdAndTheMergedIds() {
        assertThat(new ContactSearchRequests(mappings()).properties()).containsExactly("email", "firstname",
                "lastname", "phone", "company", "lifecyclestage", "hs_lead_status", "lastmodifieddate",
                "hs_object_id", "hs_merged_object_ids");
    }

    @Test
    void asksForEachPropertyOnceEvenWhenTheMappingNamesAnAdapterProperty() {
        FieldMappings mappings = FieldMappings.validate("m", List.of(
                new PersonFieldMapping(PersonField.EMAIL, Optional.of("email"), Optional.empty(),
                        FieldOwnership.ALWAYS_HUBSPOT),
                new PersonFieldMapping(PersonField.LEAD_SOURCE, Optional.of("hs_object_id"), Optional.empty(),
                        FieldOwnership.ALWAYS_HUBSPOT)));

        assertThat(new ContactSearchRequests(mappings).properties())
                .containsExactly("email", "hs_object_id", "lastmodifieddate", "hs_merged_object_ids");
    }

    @Test
    void asksOnlyForContactsAfterTheWatermarkAndSortsOldestFirst() {
        Watermark since = new Watermark(Instant.parse("2026-01-15T10:00:00.250Z"), "1246965");

        SearchRequest request = new ContactSearchRequests(mappings()).modifiedSince(since, 200, "400");

        assertThat(request.filterGroups()).extracting(FilterGroup::filters).containsExactly(
                List.of(new Filter("lastmodifieddate", "GT", "1768471200250")),
                List.of(new Filter("lastmodifieddate", "EQ", "1768471200250"),
                        new Filter("hs_object_id", "GT", "1246965")));
        assertThat(request.sorts()).containsExactly(new Sort("lastmodifieddate", "ASCENDING"));
        assertThat(request.limit()).isEqualTo(200);
        assertThat(request.after()).isEqualTo("400");
    }

    @Test
    void readsFromTheStartOfAMillisecondWhenTheWatermarkNamesNoRecord() {
        SearchRequest request = new ContactSearchRequests(mappings()).modifiedSince(Watermark.BEGINNING, 200, null);

        assertThat(request.filterGroups()).extracting(FilterGroup::filters)
                .containsExactly(List.of(new Filter("lastmodifieddate", "GTE", "0")));
    }
}
