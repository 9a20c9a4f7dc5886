package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static io.leadbridge.salesforce.support.SoapStubs.upsertCreated;
import static io.leadbridge.salesforce.support.SoapStubs.upsertOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the adapter costs in SOAP calls. Reading 1,000 changed Leads is measured in
 * {@link SalesforceLeadSourceTest#readingAThousandChangedLeadsCostsOneQueryAndOneGetDeleted()}.
 */
class SoapCallBudgetTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    @Test
    void writingAThousandLeadsCostsFiveUpsertsOf200() {
        wm.stubFor(soapCall("upsert").willReturn(soapResponse(upsertCreated(200, 7))));
        SalesforceLeadSink sink = SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl()))
                .leadSink(LeadWrites.mappings());
        List<PersonWrite> writes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            writes.add(LeadWrites.newLead(String.valueOf(10_000 + i), Map.of(PersonField.EMAIL,
                    "person" + i + "@example.com", PersonField.LAST_NAME, "Person " + i)));
        }

        List<WriteResult> results = new ArrayList<>();
        for (int from = 0; from < writes.size(); from += sink.maxBatchSize()) {
            results.addAll(sink.upsertPeople(writes.subList(from, from + sink.maxBatchSize())));
        }

        assertThat(results).hasSize(1000).allMatch(WriteResult.Written.class::isInstance);
        wm.verify(5, postRequestedFor(urlEqualTo(SoapStubs.SOAP_PATH)));
        wm.verify(5, soapRequest("upsert").withRequestBody(matchingXPath(upsertOf(200))));
    }
}
