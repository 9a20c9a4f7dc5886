package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SharedSpecs.soapFixture;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LeadConverterTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    @Test
    void convertsWithTheConfiguredStatusAndNoOpportunity() {
        wm.stubFor(soapCall("convertLead").willReturn(soapResponse(soapFixture("convert-lead-response.xml"))));
        SalesforceAdapter adapter = SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl()),
                new SalesforceOptions(0.5, 10_000, Optional.empty(), false, Optional.of("Closed - Converted")),
                Clock.systemUTC());

        List<WriteResult> results = adapter.leadConverter().orElseThrow().convert(List.of("00Q5g00000AbCd1EAF"));

        assertThat(results).containsExactly(new WriteResult.Written(
                new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd8AAB"), true));
        String convert = operation("convertLead") + "/*[local-name()='leadConverts']";
        wm.verify(1, soapRequest("convertLead")
                .withRequestBody(matchingXPath(convert + "/*[local-name()='leadId'][text()='00Q5g00000AbCd1EAF']"))
                .withRequestBody(matchingXPath(convert + "/*[local-name()='convertedStatus'][text()='Closed - Converted']"))
                .withRequestBody(matchingXPath(convert + "/*[local-name()='doNotCreateOpportunity'][text()='true']"))
                .withRequestBody(matchingXPath(convert + "/*[local-name()='sendNotificationEmail'][text()='false']")));
    }

    @Test
    void withoutAConvertedStatusLeadsAreNotConverted() {
        assertThat(SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl())).leadConverter()).isEmpty();
    }
}
