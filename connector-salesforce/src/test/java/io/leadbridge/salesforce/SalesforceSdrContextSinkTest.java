package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextSink;
import io.leadbridge.core.touch.SdrContextSummary;
import io.leadbridge.salesforce.support.SoapResponses;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforceSdrContextSinkTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    @Test
    void rewritesSeveralNotesInOneUpdateCallAndReportsARefusedTaskOnItsOwn() {
        wm.stubFor(soapCall("update").willReturn(soapResponse(SoapResponses.envelope("<updateResponse>"
                + "<result><id>00T5g0000000001EAB</id><success>true</success></result>"
                + "<result><errors><message>unable to obtain exclusive access to this record</message>"
                + "<statusCode>UNABLE_TO_LOCK_ROW</statusCode></errors><id xsi:nil=\"true\"/>"
                + "<success>false</success></result></updateResponse>", 46))));

        List<Optional<SyncFailure>> results = sink().updateAll(List.of(
                rewrite("00T5g0000000001EAB", "00Q5g00000AbCd1EAF"), rewrite("00T5g0000000002EAB",
                        "00Q5g00000AbCd2EAF")));

        assertThat(results.get(0)).isEmpty();
        assertThat(results.get(1)).hasValueSatisfying(failure ->
                assertThat(failure.code()).isEqualTo("UNABLE_TO_LOCK_ROW"));
        wm.verify(1, soapRequest("update")
                .withRequestBody(matchingXPath(operation("update") + "/*[local-name()='sObjects'][1]"
                        + "/*[local-name()='Id'][text()='00T5g0000000001EAB']"))
                .withRequestBody(matchingXPath(operation("update") + "/*[local-name()='sObjects'][2]"
                        + "/*[local-name()='Description'][contains(text(), 'Leadbridge key: ')]")));
    }

    private static SdrContextSink.Rewrite rewrite(String taskId, String leadId) {
        return new SdrContextSink.Rewrite(new ExternalRef(CrmSystem.SALESFORCE, "Task", taskId),
                SdrContextNote.render(new ExternalRef(CrmSystem.SALESFORCE, "Lead", leadId),
                        SdrContextSummary.of(List.of(), Optional.empty()), ZoneOffset.UTC));
    }

    private static SalesforceSdrContextSink sink() {
        return SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl())).sdrContextSink();
    }
}
