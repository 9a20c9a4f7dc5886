package io.leadbridge.salesforce.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SharedSpecs.soapFixture;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordWriterTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    @Test
    void anUpdateKeepsTheRowThatSucceededAndReportsTheLockedOneAsRetriable() {
        wm.stubFor(soapCall("update").willReturn(soapResponse(soapFixture("update-lead-response.xml"))));
        RecordWriter writer = new RecordWriter(new SalesforceSession(TestSettings.staticToken(wm.baseUrl()),
                AccessTokenSource.fixed(TestSettings.STATIC_TOKEN)), "Lead");

        List<WriteResult> results = writer.update(List.of(
                status("00Q5g00000AbCd1EAF", "Working - Contacted"), status("00Q5g00000AbCd2EAF", "Closed - Not Converted")));

        assertThat(results).containsExactly(
                new WriteResult.Written(new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF"), false),
                new WriteResult.Failed(new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW",
                        "unable to obtain exclusive access to this record or 1 records: 00Q5g00000AbCd2EAF", "")));
        wm.verify(1, soapRequest("update").withRequestBody(matchingXPath(operation("update")
                + "/*[local-name()='sObjects'][2]/*[local-name()='Status'][text()='Closed - Not Converted']")));
    }

    private static SObject status(String id, String status) {
        SObject lead = new SObject("Lead");
        lead.setId(id);
        lead.setField("Status", status);
        return lead;
    }
}
