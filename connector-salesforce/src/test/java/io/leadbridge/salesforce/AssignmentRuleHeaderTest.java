package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static io.leadbridge.salesforce.support.SoapStubs.upsertCreated;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AssignmentRuleHeaderTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    private static final String HEADER = "/*[local-name()='Envelope']/*[local-name()='Header']"
            + "/*[local-name()='AssignmentRuleHeader']";

    @BeforeEach
    void upsertsSucceed() {
        wm.stubFor(soapCall("upsert").willReturn(soapResponse(upsertCreated(1, 3))));
    }

    @Test
    void aConfiguredRuleIdIsSentWithLeadUpserts() {
        upsertWith(new SalesforceOptions(0.5, 10_000, Optional.of("01Q5g000000AbCdEAK"), false, Optional.empty()));

        wm.verify(1, soapRequest("upsert").withRequestBody(matchingXPath(
                HEADER + "/*[local-name()='assignmentRuleId'][text()='01Q5g000000AbCdEAK']")));
    }

    @Test
    void theDefaultRuleCanBeAskedFor() {
        upsertWith(new SalesforceOptions(0.5, 10_000, Optional.empty(), true, Optional.empty()));

        wm.verify(1, soapRequest("upsert").withRequestBody(matchingXPath(
                HEADER + "/*[local-name()='useDefaultRule'][text()='true']")));
    }

    @Test
    void withoutConfigurationNoAssignmentRuleRuns() {
        upsertWith(SalesforceOptions.DEFAULTS);

        wm.verify(1, soapRequest("upsert").withRequestBody(matchingXPath("/*[not(" + HEADER + ")]")));
    }

    private static void upsertWith(SalesforceOptions options) {
        SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl()), options, Clock.systemUTC())
                .leadSink(LeadWrites.mappings())
                .upsertPeople(List.of(LeadWrites.newLead("901", Map.of(PersonField.EMAIL, "ada@example.com"))));
    }
}
