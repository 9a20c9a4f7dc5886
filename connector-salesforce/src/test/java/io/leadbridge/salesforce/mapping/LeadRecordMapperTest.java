package io.leadbridge.salesforce.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.salesforce.support.LeadWrites;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadRecordMapperTest {

    private final LeadRecordMapper mapper = new LeadRecordMapper(LeadWrites.mappings(), "HubSpot_Id__c");

    @Test
    void setsMappedValuesAndTheHubSpotIdOnALead() {
        SObject lead = mapper.toLead(LeadWrites.newLead("901", Map.of(PersonField.EMAIL, "ada@example.com",
                PersonField.LAST_NAME, "Lovelace", PersonField.COMPANY, "Analytical Engines Ltd")));

        assertThat(lead.getType()).isEqualTo("Lead");
        assertThat(lead.getField("Email")).isEqualTo("ada@example.com");
        assertThat(lead.getField("LastName")).isEqualTo("Lovelace");
        assertThat(lead.getField("Company")).isEqualTo("Analytical Engines Ltd");
        assertThat(lead.getField("HubSpot_Id__c")).isEqualTo("901");
        assertThat(lead.getFieldsToNull()).isNullOrEmpty();
    }

    @Test
    void clearsAFieldWhoseNewValueIsEmpty() {
        SObject lead = mapper.toLead(LeadWrites.knownLead("501", "00Q5g00000AbCd1EAF",
                Map.of(PersonField.PHONE, "", PersonField.TITLE, "")));

        assertThat(lead.getFieldsToNull()).containsExactlyInAnyOrder("Phone", "Title");
        assertThat(lead.getField("Phone")).isNull();
    }

    @Test
    void neverClearsLastNameOrCompany() {
        SObject lead = mapper.toLead(LeadWrites.knownLead("501", "00Q5g00000AbCd1EAF",
                Map.of(PersonField.LAST_NAME, "", PersonField.COMPANY, "  ")));

        assertThat(lead.getField("LastName")).isEqualTo(LeadRecordMapper.NOT_PROVIDED);
        assertThat(lead.getField("Company")).isEqualTo(LeadRecordMapper.NOT_PROVIDED);
        assertThat(lead.getFieldsToNull()).isNullOrEmpty();
    }

    @Test
    void fillsAbsentLastNameAndCompanyOnlyWhenTheLeadIsNotKnownYet() {
        SObject created = mapper.toLead(LeadWrites.newLead("901", Map.of(PersonField.EMAIL, "ada@example.com")));
        SObject updated = mapper.toLead(LeadWrites.knownLead("501", "00Q5g00000AbCd1EAF",
                Map.of(PersonField.EMAIL, "ada@example.com")));

        assertThat(created.getField("LastName")).isEqualTo("[not provided]");
        assertThat(created.getField("Company")).isEqualTo("[not provided]");
        assertThat(updated.getChild("LastName")).isNull();
        assertThat(updated.getChild("Company")).isNull();
    }

    @Test
    void ignoresFieldsThatAreNotMappedInSalesforce() {
        SObject lead = mapper.toLead(LeadWrites.knownLead("501", "00Q5g00000AbCd1EAF",
                Map.of(PersonField.LIFECYCLE_STAGE, "marketingqualifiedlead", PersonField.CITY, "London")));

        assertThat(lead.getField("lifecyclestage")).isNull();
        assertThat(lead.getFieldsToNull()).isNullOrEmpty();
    }
}
