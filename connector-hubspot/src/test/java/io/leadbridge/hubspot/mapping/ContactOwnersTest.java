package io.leadbridge.hubspot.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonFieldMapping;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.testing.FixedOwners;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.hubspot.client.HubSpotObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A contact's owner is {@code hubspot_owner_id} in HubSpot and the owner's email in the canonical person. */
class ContactOwnersTest {

    private static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");
    private static final Instant AT = Instant.parse("2026-01-15T09:00:00Z");
    private static final FieldMappings MAPPINGS = FieldMappings.validate("person-fields", List.of(
            new PersonFieldMapping(PersonField.EMAIL, Optional.of("email"), Optional.of("Email"),
                    FieldOwnership.ALWAYS_HUBSPOT),
            new PersonFieldMapping(PersonField.OWNER_EMAIL, Optional.of("hubspot_owner_id"), Optional.of("OwnerId"),
                    FieldOwnership.TWO_WAY_NEWEST_WINS)));

    private final OwnerDirectory owners = FixedOwners.directory(CrmSystem.HUBSPOT,
            Map.of("kim@seller.example", "501"), MutableClock.atDefaultStart());

    @Test
    void readsTheOwnerIdAsTheOwnersEmail() {
        HubSpotObject contact = new HubSpotObject("512", Map.of("email", "ana@acme.example",
                "hubspot_owner_id", "501"), null, AT, false);

        assertThat(new ContactMapper(MAPPINGS, Optional.of(owners)).toEvent(CONTACTS, contact).orElseThrow()
                .person().orElseThrow().get(PersonField.OWNER_EMAIL)).contains("kim@seller.example");
    }

    @Test
    void anOwnerIdNoOwnerHasAndAMapperWithoutOwnersReadNoOwner() {
        HubSpotObject unknown = new HubSpotObject("512", Map.of("hubspot_owner_id", "999"), null, AT, false);
        HubSpotObject known = new HubSpotObject("512", Map.of("hubspot_owner_id", "501"), null, AT, false);

        assertThat(new ContactMapper(MAPPINGS, Optional.of(owners)).toEvent(CONTACTS, unknown).orElseThrow()
                .person().orElseThrow().get(PersonField.OWNER_EMAIL)).isEmpty();
        assertThat(new ContactMapper(MAPPINGS).toEvent(CONTACTS, known).orElseThrow()
                .person().orElseThrow().get(PersonField.OWNER_EMAIL)).isEmpty();
    }

    @Test
    void writesTheOwnersIdClearsABlankOwnerAndLeavesOutAnEmailNoOwnerHas() {
        ContactWrites writes = new ContactWrites(MAPPINGS, Optional.of(owners));

        assertThat(writes.properties(write(PersonField.OWNER_EMAIL, "Kim@Seller.example")))
                .isEqualTo(Map.of("hubspot_owner_id", "501"));
        assertThat(writes.properties(write(PersonField.OWNER_EMAIL, ""))).isEqualTo(Map.of("hubspot_owner_id", ""));
        assertThat(writes.properties(write(PersonField.OWNER_EMAIL, "noor@seller.example"))).isEmpty();
        assertThat(new ContactWrites(MAPPINGS).properties(write(PersonField.OWNER_EMAIL, "kim@seller.example")))
                .isEmpty();
    }

    private static PersonWrite write(PersonField field, String value) {
        return new PersonWrite(PersonId.newId(), new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF"),
                Optional.of(new ExternalRef(CrmSystem.HUBSPOT, "contact", "512")), Map.of(field, value), "key-1");
    }
}
