package io.leadbridge.salesforce.mapping;

import static io.leadbridge.salesforce.support.LeadWrites.mapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.salesforce.support.LeadWrites;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactRecordMapperTest {

    private static final ExternalRef CONTACT = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd8AAB");

    private final ContactRecordMapper mapper = new ContactRecordMapper(FieldMappings.validate("connector.mappings",
            List.of(mapping(PersonField.EMAIL, "email", "Email"), mapping(PersonField.LAST_NAME, "lastname", "LastName"),
                    mapping(PersonField.COMPANY, "company", "Company"), mapping(PersonField.CITY, "city", "City"),
                    mapping(PersonField.COUNTRY, "country", "Country"), mapping(PersonField.TITLE, "jobtitle", "Title"),
                    mapping(PersonField.WEBSITE, "website", "Website"))));

    @Test
    void updatesTheContactByIdWithItsOwnNamesForTheAddress() {
        SObject contact = mapper.toContact(toContact(Map.of(PersonField.EMAIL, "ada@example.com",
                PersonField.CITY, "Oslo", PersonField.COUNTRY, "")));

        assertThat(contact.getType()).isEqualTo("Contact");
        assertThat(contact.getId()).isEqualTo(CONTACT.id());
        assertThat(contact.getField("Email")).isEqualTo("ada@example.com");
        assertThat(contact.getField("MailingCity")).isEqualTo("Oslo");
        assertThat(contact.getFieldsToNull()).containsExactly("MailingCountry");
    }

    @Test
    void leavesOutLeadFieldsAContactDoesNotHaveAndNeverClearsTheLastName() {
        SObject contact = mapper.toContact(toContact(Map.of(PersonField.COMPANY, "Acme", PersonField.WEBSITE, "",
                PersonField.LAST_NAME, " ", PersonField.TITLE, "CFO")));

        assertThat(contact.getField("Company")).isNull();
        assertThat(contact.getField("Website")).isNull();
        assertThat(contact.getField("LastName")).isEqualTo(LeadRecordMapper.NOT_PROVIDED);
        assertThat(contact.getField("Title")).isEqualTo("CFO");
        assertThat(contact.getFieldsToNull()).isNullOrEmpty();
    }

    @Test
    void refusesAWriteWithoutAKnownContact() {
        PersonWrite toLead = LeadWrites.knownLead("501", "00Q5g00000AbCd1EAF", Map.of(PersonField.TITLE, "CFO"));

        assertThatThrownBy(() -> mapper.toContact(toLead)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SALESFORCE:Lead");
    }

    private static PersonWrite toContact(Map<PersonField, String> changes) {
        return new PersonWrite(PersonId.newId(), LeadWrites.contact("1"), Optional.of(CONTACT), changes, "key-1");
    }
}
