package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.leadbridge.salesforce.support.SoapStubs.externalIdFieldName;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapFault;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static io.leadbridge.salesforce.support.SoapStubs.upsertOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.salesforce.support.SalesforcePeopleContract;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The people contract against the Salesforce adapter, with WireMock replaying a Salesforce org for exactly the
 * contract's scenarios (fixtures in {@code src/test/resources/contract/}). Requests are matched on their content:
 * the upserted Leads by position and HubSpot id, the SOQL by its full text. A request no fixture answers gets an
 * {@code UNKNOWN_EXCEPTION} fault with HTTP 500, as Salesforce serves faults, and fails the test afterwards.
 *
 * <p>The org's timeline: Ada, Grace and Linus are written a minute apart from 10:15 (SystemModstamps 10:15:00.412,
 * 10:16:00.537, 10:17:00.218) and read at 10:18:01, when {@code getDeleted} covers up to 10:18:00.
 */
class SalesforcePeopleContractOnWireMockTest extends SalesforcePeopleContract {

    private static final String ADA = "1246965";
    private static final String GRACE = "1246966";
    private static final String LINUS = "1246967";
    private static final String INVALID = "1246968";
    private static final String CHANGES = "SELECT Id, SystemModstamp, Email, FirstName, LastName, Phone, Title, Company,"
            + " Owner.Email FROM Lead WHERE ";
    private static final String PAGE = " ORDER BY SystemModstamp, Id LIMIT 2";
    private static final String QUERY_STRING = operation("query") + "/*[local-name()='queryString']/text()";

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    private final UUID unrecorded = UUID.randomUUID();

    @BeforeEach
    void replayTheOrg() {
        stubWrites();
        stubReads();
        wm.stubFor(post(anyUrl()).atPriority(10).withId(unrecorded)
                .willReturn(soapFault(fixture("fault-unknown-exception.xml"))));
        connect(TestSettings.staticToken(wm.baseUrl()));
    }

    @AfterEach
    void everyRequestHadARecordedResponse() {
        assertThat(wm.getAllServeEvents())
                .filteredOn(event -> event.getStubMapping() != null && unrecorded.equals(event.getStubMapping().getId()))
                .extracting(ServeEvent::getRequest).extracting(request -> request.getBodyAsString())
                .as("requests no fixture answers").isEmpty();
    }

    private void stubWrites() {
        wm.stubFor(upsert(ADA).inScenario("Ada").whenScenarioStateIs(STARTED)
                .withRequestBody(matchingXPath(lead(1, ADA, "Title", "Head of Research")))
                .willSetStateTo("Ada written").willReturn(soapResponse(fixture("upsert-ada-created.xml"))));
        wm.stubFor(upsert(ADA).inScenario("Ada").whenScenarioStateIs("Ada written")
                .withRequestBody(matchingXPath(lead(1, ADA, "Title", "Chief Scientist")))
                .willReturn(soapResponse(fixture("upsert-ada-updated.xml"))));
        wm.stubFor(upsert(GRACE).willReturn(soapResponse(fixture("upsert-grace-created.xml"))));
        wm.stubFor(upsert(LINUS).willReturn(soapResponse(fixture("upsert-linus-created.xml"))));
        wm.stubFor(upsert(ADA, GRACE, LINUS).willReturn(soapResponse(fixture("upsert-ada-grace-linus-created.xml"))));
        wm.stubFor(upsert(ADA, INVALID, GRACE)
                .withRequestBody(matchingXPath(lead(2, INVALID, "Email", "not-an-email")))
                .willReturn(soapResponse(fixture("upsert-ada-invalid-grace.xml"))));
    }

    private void stubReads() {
        wm.stubFor(query("SELECT COUNT() FROM Lead").willReturn(soapResponse(fixture("query-count-leads.xml"))));
        wm.stubFor(query(CHANGES + "SystemModstamp >= 1970-01-01T00:00:00.000Z" + PAGE)
                .willReturn(soapResponse(fixture("query-changes-from-beginning.xml"))));
        wm.stubFor(soapCall("queryMore").withRequestBody(matchingXPath(
                        operation("queryMore") + "/*[local-name()='queryLocator'][text()='01gD0000003Lc7xIAC-1']"))
                .willReturn(soapResponse(fixture("query-more-changes.xml"))));
        wm.stubFor(query(CHANGES + after("2026-11-25T10:16:00.537Z", "00Q5g00000LcGrcEAJ") + PAGE)
                .willReturn(soapResponse(fixture("query-changes-after-grace.xml"))));
        wm.stubFor(query(CHANGES + after("2026-11-25T10:17:00.218Z", "00Q5g00000LcLnsEAJ") + PAGE)
                .willReturn(soapResponse(fixture("query-changes-after-linus.xml"))));
        wm.stubFor(soapCall("getDeleted").withRequestBody(matchingXPath(
                        operation("getDeleted") + "/*[local-name()='sObjectType'][text()='Lead']"))
                .willReturn(soapResponse(fixture("get-deleted-none.xml"))));
    }

    /** An upsert of exactly these HubSpot contacts, in this order, on the HubSpot-id field. */
    private static MappingBuilder upsert(String... hubspotIds) {
        MappingBuilder call = soapCall("upsert").withRequestBody(matchingXPath(upsertOf(hubspotIds.length)))
                .withRequestBody(matchingXPath(externalIdFieldName(LeadWrites.HUBSPOT_ID_FIELD)));
        for (int i = 0; i < hubspotIds.length; i++) {
            call = call.withRequestBody(matchingXPath(lead(i + 1, hubspotIds[i], LeadWrites.HUBSPOT_ID_FIELD,
                    hubspotIds[i])));
        }
        return call;
    }

    /** The {@code position}th upserted Lead, with HubSpot id {@code hubspotId}, has {@code element} = {@code text}. */
    private static String lead(int position, String hubspotId, String element, String text) {
        return operation("upsert") + "/*[local-name()='sObjects'][" + position + "][*[local-name()='"
                + LeadWrites.HUBSPOT_ID_FIELD + "'][text()='" + hubspotId + "']]/*[local-name()='" + element
                + "'][text()='" + text + "']";
    }

    private static MappingBuilder query(String soql) {
        return soapCall("query").withRequestBody(matchingXPath(QUERY_STRING, equalTo(soql)));
    }

    private static String after(String modstamp, String id) {
        return "(SystemModstamp > " + modstamp + " OR (SystemModstamp = " + modstamp + " AND Id > '" + id + "'))";
    }

    private static String fixture(String name) {
        try (InputStream in = SalesforcePeopleContractOnWireMockTest.class.getResourceAsStream("/contract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture contract/" + name + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture contract/" + name, e);
        }
    }
}
