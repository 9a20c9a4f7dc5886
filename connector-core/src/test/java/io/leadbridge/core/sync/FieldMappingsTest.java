package io.leadbridge.core.sync;

import static io.leadbridge.core.sync.FieldOwnership.ALWAYS_HUBSPOT;
import static io.leadbridge.core.sync.FieldOwnership.ALWAYS_SALESFORCE;
import static io.leadbridge.core.sync.FieldOwnership.TWO_WAY_NEWEST_WINS;
import static io.leadbridge.core.testing.FieldMappingsFixture.mapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.testing.FieldMappingsFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMappingsTest {

    private static final String PATH = "sync.person-fields";

    @Test
    void acceptsTheStandardTable() {
        FieldMappings mappings = FieldMappingsFixture.standard();

        assertThat(mappings.all()).hasSize(6);
        assertThat(mappings.forField(PersonField.TITLE)).hasValueSatisfying(m -> {
            assertThat(m.hubspotProperty()).contains("jobtitle");
            assertThat(m.salesforceField()).contains("Title");
            assertThat(m.ownership()).isEqualTo(ALWAYS_HUBSPOT);
        });
        assertThat(mappings.forField(PersonField.CITY)).isEmpty();
    }

    @Test
    void namesEachMappedFieldPerSystem() {
        FieldMappings mappings = FieldMappings.validate(PATH, List.of(
                mapping(PersonField.EMAIL, "email", "Email", TWO_WAY_NEWEST_WINS),
                mapping(PersonField.CITY, "city", null, TWO_WAY_NEWEST_WINS)));

        assertThat(mappings.namesIn(CrmSystem.HUBSPOT))
                .containsEntry(PersonField.EMAIL, "email").containsEntry(PersonField.CITY, "city");
        assertThat(mappings.namesIn(CrmSystem.SALESFORCE)).containsOnlyKeys(PersonField.EMAIL);
    }

    @Test
    void reportsEveryProblemAtOnceEachWithItsPath() {
        List<PersonFieldMapping> table = List.of(
                mapping(PersonField.FIRST_NAME, "firstname", "FirstName", TWO_WAY_NEWEST_WINS),
                mapping(PersonField.FIRST_NAME, "first_name", "FirstName__c", TWO_WAY_NEWEST_WINS),
                mapping(PersonField.LAST_NAME, "firstname", "LastName", TWO_WAY_NEWEST_WINS),
                mapping(PersonField.PHONE, "phone", "FirstName", TWO_WAY_NEWEST_WINS),
                mapping(PersonField.CITY, null, " ", TWO_WAY_NEWEST_WINS),
                mapping(PersonField.TITLE, null, "Title", ALWAYS_HUBSPOT),
                mapping(PersonField.COMPANY, "company", null, ALWAYS_SALESFORCE));

        InvalidConfigurationException e =
                catchThrowableOfType(InvalidConfigurationException.class, () -> FieldMappings.validate(PATH, table));

        assertThat(e.problems()).containsExactly(
                "sync.person-fields[1].field: firstName is mapped twice",
                "sync.person-fields[2].hubspot: firstname is already mapped by entry 0",
                "sync.person-fields[3].salesforce: FirstName is already mapped by entry 0",
                "sync.person-fields[4]: city names neither a HubSpot property nor a Salesforce field",
                "sync.person-fields[5].ownership: always-hubspot but no HUBSPOT field is mapped",
                "sync.person-fields[6].ownership: always-salesforce but no SALESFORCE field is mapped",
                "sync.person-fields: email must be mapped; people are matched across CRMs by email");
        assertThat(e.getMessage()).contains("sync.person-fields[1].field", "sync.person-fields: email must be mapped");
    }

    @Test
    void requiresEmailBecausePeopleAreMatchedByIt() {
        assertThatThrownBy(() -> FieldMappings.validate(PATH, List.of(
                mapping(PersonField.FIRST_NAME, "firstname", "FirstName", TWO_WAY_NEWEST_WINS))))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .containsExactly("sync.person-fields: email must be mapped; people are matched across CRMs "
                                + "by email"));
    }

    @Test
    void anEmptyTableIsMissingEmail() {
        assertThatThrownBy(() -> FieldMappings.validate(PATH, List.of()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("email must be mapped"));
    }

    @Test
    void theSameCrmNameMayBeUsedOnceInEachSystem() {
        FieldMappings mappings = FieldMappings.validate(PATH, List.of(
                mapping(PersonField.EMAIL, "email", "Email", TWO_WAY_NEWEST_WINS),
                mapping(PersonField.PHONE, "phone", "phone", TWO_WAY_NEWEST_WINS)));

        assertThat(mappings.all()).hasSize(2);
    }

    @Test
    void ownershipKeysReadBack() {
        for (FieldOwnership ownership : FieldOwnership.values()) {
            assertThat(FieldOwnership.fromKey(ownership.key())).contains(ownership);
        }
        assertThat(FieldOwnership.fromKey("always-pipedrive")).isEmpty();
        assertThat(PersonField.fromKey("firstName")).contains(PersonField.FIRST_NAME);
    }
}
