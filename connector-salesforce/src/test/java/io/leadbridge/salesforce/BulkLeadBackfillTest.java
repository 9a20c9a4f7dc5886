package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.leadbridge.salesforce.support.SoapResponses.envelope;
import static io.leadbridge.salesforce.support.SoapResponses.lead;
import static io.leadbridge.salesforce.support.SoapResponses.leadId;
import static io.leadbridge.salesforce.support.SoapResponses.queryDone;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The initial backfill over Bulk API 1.0 (force-wsc BulkConnection) against WireMock. */
class BulkLeadBackfillTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    private static final String ASYNC = "/services/async/65.0";
    private static final String JOB = "7505g000000AbCdAAK";
    private static final String BATCH = "7515g000000AbCdAAK";
    private static final String NS = "http://www.force.com/2009/06/asyncapi/dataload";
    private static final String HEADER = "Id,SystemModstamp,Email,FirstName,LastName,Phone,Title,Company,Owner.Email\n";

    private SalesforceLeadSource source;

    @BeforeEach
    void orgWithMoreLeadsThanTheThreshold() {
        source = SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl()),
                        new SalesforceOptions(0.5, 1000, Optional.empty(), false, Optional.empty()),
                        Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC))
                .leadSource(LeadWrites.mappings());
        wm.stubFor(soapCall("query").willReturn(soapResponse(count(25_000))));
        wm.stubFor(post(urlEqualTo(ASYNC + "/job/")).willReturn(xml(jobInfo("Open"))));
        wm.stubFor(post(urlEqualTo(ASYNC + "/job/" + JOB + "/batch")).willReturn(xml(batchInfo("Queued"))));
        wm.stubFor(post(urlEqualTo(ASYNC + "/job/" + JOB)).willReturn(xml(jobInfo("Closed"))));
        wm.stubFor(get(urlEqualTo(ASYNC + "/job/" + JOB + "/batch/" + BATCH)).inScenario("batch")
                .whenScenarioStateIs(STARTED).willReturn(xml(batchInfo("InProgress"))).willSetStateTo("done"));
        wm.stubFor(get(urlEqualTo(ASYNC + "/job/" + JOB + "/batch/" + BATCH)).inScenario("batch")
                .whenScenarioStateIs("done").willReturn(xml(batchInfo("Completed"))));
        wm.stubFor(get(urlEqualTo(ASYNC + "/job/" + JOB + "/batch/" + BATCH + "/result")).willReturn(xml(
                "<result-list xmlns=\"" + NS + "\"><result>7525g000000AAAA</result><result>7525g000000BBBB</result>"
                        + "</result-list>")));
        wm.stubFor(get(urlEqualTo(ASYNC + "/job/" + JOB + "/batch/" + BATCH + "/result/7525g000000AAAA"))
                .willReturn(csv(rows(0, 3))));
        wm.stubFor(get(urlEqualTo(ASYNC + "/job/" + JOB + "/batch/" + BATCH + "/result/7525g000000BBBB"))
                .willReturn(csv(rows(3, 2))));
    }

    @Test
    void aLargeOrgIsBackfilledFromABulkQueryJobInPagesThenContinuesOverSoap() {
        ChangePage started = source.readChanges(SalesforceLeadSource.LEADS, Watermark.BEGINNING, 2);
        ChangePage running = source.readChanges(SalesforceLeadSource.LEADS, started.next(), 2);
        List<ChangeEvent> events = new ArrayList<>();
        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, running.next(), 2);
        events.addAll(page.events());
        while (page.hasMore()) {
            page = source.readChanges(SalesforceLeadSource.LEADS, page.next(), 2);
            events.addAll(page.events());
        }

        assertThat(started.events()).isEmpty();
        assertThat(running.events()).isEmpty();
        assertThat(running.hasMore()).as("the job's rows are waiting").isTrue();
        assertThat(events).extracting(e -> e.ref().id()).containsExactly(leadId(0), leadId(1), leadId(2), leadId(3),
                leadId(4));
        assertThat(events.get(4).person().orElseThrow().values()).containsEntry(PersonField.EMAIL, "p4@example.com")
                .containsEntry(PersonField.OWNER_EMAIL, "owner@example.com").doesNotContainKey(PersonField.PHONE);
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2025-06-01T10:00:04Z"), leadId(4)));
        wm.verify(1, postRequestedFor(urlEqualTo(ASYNC + "/job/"))
                .withHeader("X-SFDC-Session", equalTo(TestSettings.STATIC_TOKEN))
                .withRequestBody(matchingXPath("//*[local-name()='operation'][text()='query']"))
                .withRequestBody(matchingXPath("//*[local-name()='object'][text()='Lead']"))
                .withRequestBody(matchingXPath("//*[local-name()='contentType'][text()='CSV']")));
        wm.verify(1, postRequestedFor(urlEqualTo(ASYNC + "/job/" + JOB + "/batch")).withRequestBody(equalTo(
                "SELECT Id, SystemModstamp, Email, FirstName, LastName, Phone, Title, Company, Owner.Email FROM Lead"
                        + " WHERE SystemModstamp >= 1970-01-01T00:00:00.000Z ORDER BY SystemModstamp, Id")));
        wm.verify(1, getRequestedFor(urlEqualTo(ASYNC + "/job/" + JOB + "/batch/" + BATCH + "/result/7525g000000AAAA")));
        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(
                operation("query") + "/*[local-name()='queryString'][text()='SELECT COUNT() FROM Lead']")));
    }

    @Test
    void anOrgAtOrBelowTheThresholdIsReadOverSoap() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(count(1000))).atPriority(1)
                .withRequestBody(matchingXPath(operation("query") + "/*[local-name()='queryString'][starts-with(text(), 'SELECT COUNT()')]")));
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(
                lead(leadId(7), Instant.parse("2025-01-01T00:00:00Z"), "a@example.com", "A"))))).atPriority(2));

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, Watermark.BEGINNING, 100);

        assertThat(page.events()).extracting(e -> e.ref().id()).containsExactly(leadId(7));
        wm.verify(0, postRequestedFor(urlEqualTo(ASYNC + "/job/")));
    }

    private static String count(int size) {
        return envelope("<queryResponse><result xsi:type=\"QueryResult\"><done>true</done>"
                + "<queryLocator xsi:nil=\"true\"/><size>" + size + "</size></result></queryResponse>", 60);
    }

    private static String rows(int first, int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = first; i < first + count; i++) {
            csv.append(leadId(i)).append(',').append(Instant.parse("2025-06-01T10:00:00Z").plusSeconds(i))
                    .append(",p").append(i).append("@example.com,,\"Person, ").append(i).append("\",,,Acme,")
                    .append("owner@example.com\n");
        }
        return csv.toString();
    }

    private static String jobInfo(String state) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><jobInfo xmlns=\"" + NS + "\"><id>" + JOB + "</id>"
                + "<operation>query</operation><object>Lead</object><createdById>0055g00000AbCdEAAV</createdById>"
                + "<createdDate>2025-06-01T12:00:00.000Z</createdDate><systemModstamp>2025-06-01T12:00:00.000Z"
                + "</systemModstamp><state>" + state + "</state><concurrencyMode>Parallel</concurrencyMode>"
                + "<contentType>CSV</contentType><apiVersion>65.0</apiVersion></jobInfo>";
    }

    private static String batchInfo(String state) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><batchInfo xmlns=\"" + NS + "\"><id>" + BATCH + "</id>"
                + "<jobId>" + JOB + "</jobId><state>" + state + "</state>"
                + "<createdDate>2025-06-01T12:00:01.000Z</createdDate>"
                + "<systemModstamp>2025-06-01T12:00:02.000Z</systemModstamp>"
                + "<numberRecordsProcessed>0</numberRecordsProcessed><numberRecordsFailed>0</numberRecordsFailed>"
                + "<totalProcessingTime>0</totalProcessingTime><apiActiveProcessingTime>0</apiActiveProcessingTime>"
                + "<apexProcessingTime>0</apexProcessingTime></batchInfo>";
    }

    private static ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/xml").withBody(body);
    }

    private static ResponseDefinitionBuilder csv(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/csv").withBody(body);
    }
}
