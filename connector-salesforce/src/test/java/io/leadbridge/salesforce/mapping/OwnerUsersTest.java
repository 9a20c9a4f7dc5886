package io.leadbridge.salesforce.mapping;

import static io.leadbridge.salesforce.support.LeadWrites.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.testing.FixedOwners;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.salesforce.support.LeadWrites;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A person's owner is written to a Lead or Contact as the {@code OwnerId} of the User with the owner's email. */
class OwnerUsersTest {

    private static final FieldMappings MAPPINGS = FieldMappings.validate("person-fields", List.of(
            mapping(PersonField.EMAIL, "email", "Email"), mapping(PersonField.LAST_NAME, "lastname", "LastName"),
            mapping(PersonField.OWNER_EMAIL, "hubspot_owner_id", "OwnerId")));

    private final Optional<OwnerDirectory> users = Optional.of(FixedOwners.directory(CrmSystem.SALESFORCE,
            Map.of("kim@seller.example", "0055g00000KimAAA"), MutableClock.atDefaultStart()));

    @Test
    void aLeadsOwnerIsTheUserWithTheOwnersEmail() {
        SObject lead = new LeadRecordMapper(MAPPINGS, "HubSpot_Id__c", users).toLead(LeadWrites.knownLead("501",
                "00Q5g00000AbCd1EAF", Map.of(PersonField.OWNER_EMAIL, "Kim@Seller.example")));

        assertThat(lead.getField("OwnerId")).isEqualTo("0055g00000KimAAA");
    }

    @Test
    void aBlankOwnerAnUnknownOwnerAndAnOwnerWithoutUsersAreNeverWrittenNorCleared() {
        LeadRecordMapper withUsers = new LeadRecordMapper(MAPPINGS, "HubSpot_Id__c", users);
        LeadRecordMapper withoutUsers = new LeadRecordMapper(MAPPINGS, "HubSpot_Id__c");

        for (SObject lead : List.of(
                withUsers.toLead(LeadWrites.knownLead("501", "00Q5g00000AbCd1EAF", Map.of(PersonField.OWNER_EMAIL, ""))),
                withUsers.toLead(LeadWrites.knownLead("501", "00Q5g00000AbCd1EAF",
                        Map.of(PersonField.OWNER_EMAIL, "noor@seller.example"))),
                withoutUsers.toLead(LeadWrites.knownLead("501", "00Q5g00000AbCd1EAF",
                        Map.of(PersonField.OWNER_EMAIL, "kim@seller.example"))))) {
            assertThat(lead.getField("OwnerId")).isNull();
            assertThat(lead.getFieldsToNull()).isNullOrEmpty();
        }
    }

    @Test
    void theOwnerIsReadAsTheNormalisedEmailOfTheUserSoOurOwnWriteIsRecognisedWhenItComesBack() {
        Map<String, String> row = Map.of("Id", "00Q5g00000AbCd1EAF", "SystemModstamp", "2026-01-15T09:00:00Z",
                "Email", "ada@example.com", "Owner.Email", " Kim@Seller.Example ");

        assertThat(new LeadChangeMapper(MAPPINGS).toUpsert(new StreamId(CrmSystem.SALESFORCE, "leads"), row).person()
                .orElseThrow().get(PersonField.OWNER_EMAIL)).contains("kim@seller.example");
    }

    @Test
    void aContactsOwnerIsTheUserWithTheOwnersEmail() {
        PersonWrite write = new PersonWrite(PersonId.newId(), new ExternalRef(CrmSystem.HUBSPOT, "contact", "501"),
                Optional.of(new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd8AAB")),
                Map.of(PersonField.OWNER_EMAIL, "kim@seller.example"), "key-1");

        assertThat(new ContactRecordMapper(MAPPINGS, users).toContact(write).getField("OwnerId"))
                .isEqualTo("0055g00000KimAAA");
    }
}
