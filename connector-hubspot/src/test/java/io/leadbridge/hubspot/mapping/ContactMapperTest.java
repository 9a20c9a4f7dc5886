package io.leadbridge.hubspot.mapping;

import static io.leadbridge.hubspot.HubSpotFixtures.mappings;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.hubspot.client.HubSpotObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactMapperTest {

    private static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");
    private static final Instant UPDATED_AT = Instant.parse("2026-01-15T09:00:00Z");

    private final ContactMapper mapper = new ContactMapper(mappings());

    @ParameterizedTest
    @CsvSource({
            "2026-01-15T10:30:00.123Z,       2026-01-15T10:30:00.123Z",
            "2026-01-15T11:30:00.123+01:00,  2026-01-15T10:30:00.123Z",
            "1768473000123,                  2026-01-15T10:30:00.123Z",
            "' 1768473000123 ',              2026-01-15T10:30:00.123Z",
            "yesterday,                      2026-01-15T09:00:00Z"})
    void readsTheModificationTimeFromLastModifiedDateOrElseUpdatedAt(String lastModified, Instant expected) {
        ChangeEvent event = mapper.toEvent(CONTACTS, contact("512", lastModified, UPDATED_AT)).orElseThrow();

        assertThat(event.modifiedAt()).isEqualTo(expected);
    }

    @Test
    void takesTheIdFromHsObjectIdWhenTheRecordIdIsMissing() {
        HubSpotObject contact = new HubSpotObject(null, Map.of("hs_object_id", "512", "email", "a@example.com"),
                null, UPDATED_AT, false);

        assertThat(mapper.toEvent(CONTACTS, contact)).hasValueSatisfying(
                event -> assertThat(event.ref().id()).isEqualTo("512"));
    }

    @Test
    void skipsAContactWithoutAnIdOrAModificationTime() {
        assertThat(mapper.toEvent(CONTACTS, new HubSpotObject(" ", Map.of(), null, UPDATED_AT, false))).isEmpty();
        assertThat(mapper.toEvent(CONTACTS, new HubSpotObject("512", Map.of(), null, null, false))).isEmpty();
    }

    @Test
    void ignoresPropertiesTheMappingDoesNotName() {
        Map<String, String> properties = new HashMap<>();
        properties.put("email", "  Jane.Doe@Acme.example ");
        properties.put("createdate", "2025-11-03T09:14:27.113Z");
        properties.put("hs_analytics_source", "ORGANIC_SEARCH");

        ChangeEvent event = mapper.toEvent(CONTACTS, new HubSpotObject("512", properties, null, UPDATED_AT, false))
                .orElseThrow();

        assertThat(event.person().orElseThrow().values()).containsExactly(
                Map.entry(PersonField.EMAIL, "Jane.Doe@Acme.example"));
    }

    private static HubSpotObject contact(String id, String lastModified, Instant updatedAt) {
        return new HubSpotObject(id, Map.of("email", "a@example.com", "lastmodifieddate", lastModified), null,
                updatedAt, false);
    }
}
