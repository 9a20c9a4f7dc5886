package io.leadbridge.salesforce.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SoapResponses.envelope;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.PersonMerger;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceOptions;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A merge propagated from HubSpot: one partner merge() call; a Lead already merged away counts as merged. */
class SalesforcePersonMergerTest {

    private static final ExternalRef MASTER = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF");
    private static final ExternalRef MERGED = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd5EAF");

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    private final PersonMerger merger = SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl()),
            SalesforceOptions.DEFAULTS, Clock.systemUTC()).personMerger();

    @Test
    void sendsOneMergeRequestWithTheMasterAndTheRecordToMerge() {
        wm.stubFor(soapCall("merge").willReturn(soapResponse(mergeResponse("<id>" + MASTER.id() + "</id>"
                + "<mergedRecordIds>" + MERGED.id() + "</mergedRecordIds><success>true</success>"))));

        merger.merge(MASTER, MERGED);

        String request = operation("merge") + "/*[local-name()='request']";
        wm.verify(1, soapRequest("merge")
                .withRequestBody(matchingXPath(request + "/*[local-name()='masterRecord']/*[local-name()='type']/text()",
                        equalTo("Lead")))
                .withRequestBody(matchingXPath(request + "/*[local-name()='masterRecord']/*[local-name()='Id']/text()",
                        equalTo(MASTER.id())))
                .withRequestBody(matchingXPath(request + "/*[local-name()='recordToMergeIds']/text()",
                        equalTo(MERGED.id()))));
    }

    @Test
    void aRecordAlreadyMergedAwayCountsAsMergedAndAnyOtherRefusalIsRaised() {
        wm.stubFor(soapCall("merge").willReturn(soapResponse(mergeResponse(refusal("ENTITY_IS_DELETED")))));
        merger.merge(MASTER, MERGED);

        wm.stubFor(soapCall("merge").willReturn(soapResponse(mergeResponse(refusal("INSUFFICIENT_ACCESS_OR_READONLY")))));
        SyncFailureException refused = catchThrowableOfType(SyncFailureException.class,
                () -> merger.merge(MASTER, MERGED));

        assertThat(refused.failure().code()).isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");
    }

    private static String refusal(String statusCode) {
        return "<errors><message>refused</message><statusCode>" + statusCode + "</statusCode></errors>"
                + "<id xsi:nil=\"true\"/><success>false</success>";
    }

    private static String mergeResponse(String result) {
        return envelope("<mergeResponse><result>" + result + "</result></mergeResponse>", 42);
    }
}
