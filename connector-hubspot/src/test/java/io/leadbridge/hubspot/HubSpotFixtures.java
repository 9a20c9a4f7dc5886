package io.leadbridge.hubspot;

import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonFieldMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Shared test data: a realistic person-field mapping and the recorded HubSpot bodies. */
public final class HubSpotFixtures {

    public static final String TOKEN = "pat-na1-3f6c2a91-7d4e-4b8a-9c05-1e2f3a4b5c6d";

    private HubSpotFixtures() {
    }

    /** email, names, phone, company, lifecycle stage and lead status, as most portals map them. */
    public static FieldMappings mappings() {
        return FieldMappings.validate("connector.mappings.person", List.of(
                map(PersonField.EMAIL, "email", "Email"),
                map(PersonField.FIRST_NAME, "firstname", "FirstName"),
                map(PersonField.LAST_NAME, "lastname", "LastName"),
                map(PersonField.PHONE, "phone", "Phone"),
                map(PersonField.COMPANY, "company", "Company"),
                map(PersonField.LIFECYCLE_STAGE, "lifecyclestage", null),
                map(PersonField.LEAD_STATUS, "hs_lead_status", "Status")));
    }

    private static PersonFieldMapping map(PersonField field, String hubspot, String salesforce) {
        return new PersonFieldMapping(field, Optional.of(hubspot), Optional.ofNullable(salesforce),
                FieldOwnership.TWO_WAY_NEWEST_WINS);
    }

    /** A file under {@code src/test/resources/hubspot/}, e.g. {@code contacts/search-page-1.json}. */
    public static String body(String path) {
        try (InputStream in = HubSpotFixtures.class.getResourceAsStream("/hubspot/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource hubspot/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal search-result contact. */
    public static String contact(String id, String lastModified) {
        return """
                {"id":"%s","properties":{"email":"c%s@example.com","hs_object_id":"%s","lastmodifieddate":"%s"},
                 "createdAt":"2025-06-01T08:00:00.000Z","updatedAt":"2026-01-15T10:00:00.000Z","archived":false}"""
                .formatted(id, id, id, lastModified);
    }

    /** A search response of these contacts, with {@code paging.next.after} when {@code after} is not null. */
    public static String searchPage(String after, String... contacts) {
        String paging = after == null ? "" : ",\"paging\":{\"next\":{\"after\":\"" + after + "\"}}";
        return "{\"total\":" + contacts.length + ",\"results\":[" + String.join(",", contacts) + "]" + paging + "}";
    }
}
