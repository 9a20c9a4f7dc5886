package io.leadbridge.salesforce;

import static io.leadbridge.salesforce.support.SoapResponses.describeLead;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LeadSchemaCheckTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    private SalesforceAdapter adapter;

    @BeforeEach
    void orgWithStandardLeadFields() {
        wm.stubFor(soapCall("describeSObject").willReturn(soapResponse(describeLead(
                List.of("Email", "FirstName", "LastName", "Company", "Phone"),
                List.of("Open - Not Contacted", "Working - Contacted", "Closed - Converted")))));
        adapter = SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl()));
    }

    @Test
    void aConfigurationTheOrgFitsPassesWithOneDescribeCall() {
        ObjectSchema lead = adapter.checkLeadSchema(new LeadSchemaExpectations()
                .field("connector.sync.person-fields[0].salesforce", "Email")
                .field("connector.sync.person-fields[1].salesforce", "lastname")
                .externalIdField("connector.salesforce.hubspot-id-field", "HubSpot_Id__c")
                .status("connector.sync.status-mappings[0].salesforce-lead-status", "Open - Not Contacted"));

        assertThat(lead.field("Status").orElseThrow().picklistValues())
                .containsExactly("Open - Not Contacted", "Working - Contacted", "Closed - Converted");
        wm.verify(1, soapRequest("describeSObject").withRequestBody(WireMock.matchingXPath(
                SoapStubs.operation("describeSObject") + "/*[local-name()='sObjectType'][text()='Lead']")));
    }

    @Test
    void everyMismatchIsNamedWithItsConfigurationPath() {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> adapter.checkLeadSchema(new LeadSchemaExpectations()
                        .field("connector.sync.person-fields[3].salesforce", "Titel")
                        .externalIdField("connector.salesforce.hubspot-id-field", "Email")
                        .status("connector.sync.status-mappings[2].salesforce-lead-status", "Qualified")
                        .status("connector.sync.status-mappings[5].salesforce-lead-status", "Retired - Do Not Use")));

        assertThat(thrown.problems()).containsExactly(
                "connector.sync.person-fields[3].salesforce: 'Titel' is not a field of Lead",
                "connector.salesforce.hubspot-id-field: Lead.Email is not marked External ID, so Leads cannot be"
                        + " upserted on it",
                "connector.sync.status-mappings[2].salesforce-lead-status: 'Qualified' is not a Lead.Status value"
                        + " (values: Open - Not Contacted, Working - Contacted, Closed - Converted)",
                "connector.sync.status-mappings[5].salesforce-lead-status: 'Retired - Do Not Use' is not a Lead.Status"
                        + " value (values: Open - Not Contacted, Working - Contacted, Closed - Converted)");
    }
}
