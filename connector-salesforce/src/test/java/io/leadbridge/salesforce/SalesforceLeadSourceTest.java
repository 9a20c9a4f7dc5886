package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.leadbridge.salesforce.support.SharedSpecs.soapFixture;
import static io.leadbridge.salesforce.support.SoapResponses.deletedLead;
import static io.leadbridge.salesforce.support.SoapResponses.getDeleted;
import static io.leadbridge.salesforce.support.SoapResponses.lead;
import static io.leadbridge.salesforce.support.SoapResponses.leadId;
import static io.leadbridge.salesforce.support.SoapResponses.mergedLead;
import static io.leadbridge.salesforce.support.SoapResponses.queryAllDone;
import static io.leadbridge.salesforce.support.SoapResponses.queryDone;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforceLeadSourceTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:30:20Z");
    private static final Watermark SINCE = new Watermark(Instant.parse("2025-06-01T10:00:00Z"), "00Q5g00000AbCd0EAF");
    private static final String QUERY_STRING = operation("query") + "/*[local-name()='queryString']/text()";

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();
    private SalesforceLeadSource source;

    @BeforeEach
    void newSource() {
        source = SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl()),
                        SalesforceOptions.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC))
                .leadSource(LeadWrites.mappings());
    }

    @Test
    void readsChangedLeadsOverQueryMoreAndDeletionsInWatermarkOrder() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(soapFixture("query-page1.xml"))));
        wm.stubFor(soapCall("queryMore").willReturn(soapResponse(soapFixture("query-page2.xml"))));
        wm.stubFor(soapCall("getDeleted").willReturn(soapResponse(getDeleted(Instant.parse("2025-05-02T00:00:00Z"),
                Instant.parse("2025-06-01T10:30:00Z"), "00Q5g00000AbCd5EAF", "2025-06-01T10:05:12.000Z"))));
        wm.stubFor(soapCall("queryAll").willReturn(soapResponse(queryAllDone(List.of(
                deletedLead("00Q5g00000AbCd5EAF", Instant.parse("2025-06-01T10:05:12Z")))))));

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, SINCE, 100);

        assertThat(page.events()).extracting(e -> e.ref().id() + " " + e.kind()).containsExactly(
                "00Q5g00000AbCd5EAF DELETE", "00Q5g00000AbCd1EAF UPSERT", "00Q5g00000AbCd2EAF UPSERT",
                "00Q5g00000AbCd3EAF UPSERT");
        ChangeEvent ada = page.events().get(1);
        assertThat(ada.person().orElseThrow().values()).containsEntry(PersonField.EMAIL, "ada@example.com")
                .containsEntry(PersonField.FIRST_NAME, "Ada").containsEntry(PersonField.LAST_NAME, "Lovelace")
                .containsEntry(PersonField.COMPANY, "Analytical Engines Ltd")
                .containsEntry(PersonField.OWNER_EMAIL, "owner@example.com");
        assertThat(ada.modifiedAt()).isEqualTo(Instant.parse("2025-06-01T10:15:30Z"));
        assertThat(page.events().get(2).person().orElseThrow().get(PersonField.FIRST_NAME)).isEmpty();
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2025-06-01T10:17:45Z"), "00Q5g00000AbCd3EAF"));
        assertThat(page.hasMore()).isFalse();
        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(QUERY_STRING,
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("SELECT Id, SystemModstamp, Email, FirstName,"
                        + " LastName, Phone, Title, Company, Owner.Email FROM Lead WHERE (SystemModstamp >"
                        + " 2025-06-01T10:00:00.000Z OR (SystemModstamp = 2025-06-01T10:00:00.000Z AND Id >"
                        + " '00Q5g00000AbCd0EAF')) ORDER BY SystemModstamp, Id LIMIT 100"))));
        wm.verify(1, soapRequest("queryMore").withRequestBody(matchingXPath(
                operation("queryMore") + "/*[local-name()='queryLocator'][text()='01gD0000002HU6KIAW-2']")));
        wm.verify(1, soapRequest("getDeleted")
                .withRequestBody(matchingXPath(operation("getDeleted") + "/*[local-name()='sObjectType'][text()='Lead']"))
                .withRequestBody(matchingXPath(operation("getDeleted")
                        + "/*[local-name()='startDate'][starts-with(text(), '2025-06-01T10:00:00')]")));
    }

    @Test
    void changesAfterTheLatestDateGetDeletedCoversWaitForTheNextRead() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(soapFixture("query-page1.xml"))));
        wm.stubFor(soapCall("queryMore").willReturn(soapResponse(soapFixture("query-page2.xml"))));
        wm.stubFor(soapCall("getDeleted").willReturn(soapResponse(soapFixture("get-deleted-response.xml"))));
        wm.stubFor(soapCall("queryAll").willReturn(soapResponse(queryAllDone(List.of()))));

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, SINCE, 100);

        assertThat(page.events()).extracting(e -> e.ref().id() + " " + e.kind())
                .containsExactly("00Q5g00000AbCd5EAF DELETE");
        assertThat(page.events().get(0).mergedInto()).as("purged from the recycle bin: a plain delete").isEmpty();
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2025-06-01T10:05:12Z"), "00Q5g00000AbCd5EAF"));
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void withinTheMinuteOfTheWatermarkNothingIsAskedBecauseGetDeletedCannotCoverItYet() {
        Watermark recent = new Watermark(Instant.parse("2025-06-01T10:30:05Z"), "00Q5g00000AbCd9EAF");

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, recent, 100);

        assertThat(page.events()).isEmpty();
        assertThat(page.next()).isEqualTo(recent);
        assertThat(page.hasMore()).isFalse();
        wm.verify(0, postRequestedFor(urlEqualTo(SoapStubs.SOAP_PATH)));
    }

    @Test
    void readingAThousandChangedLeadsCostsOneQueryAndOneGetDeleted() {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            records.add(lead(leadId(i), Instant.parse("2025-06-01T10:01:00Z").plusMillis(i * 10L),
                    "person" + i + "@example.com", "Person " + i));
        }
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(records))));
        wm.stubFor(soapCall("getDeleted").willReturn(soapResponse(getDeleted(Instant.parse("2025-05-02T00:00:00Z"),
                Instant.parse("2025-06-01T10:30:00Z")))));

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, SINCE, 2000);

        assertThat(page.events()).hasSize(1000).allMatch(e -> e.kind() == ChangeKind.UPSERT);
        assertThat(page.next().recordId()).isEqualTo(leadId(999));
        wm.verify(2, postRequestedFor(urlEqualTo(SoapStubs.SOAP_PATH)));
        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(
                "//*[local-name()='QueryOptions']/*[local-name()='batchSize'][text()='2000']")));
        wm.verify(1, soapRequest("getDeleted"));
    }

    @Test
    void theInitialBackfillReadsFromTheBeginningWithoutAskingForDeletions() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(
                lead(leadId(1), Instant.parse("2024-01-01T00:00:00Z"), "a@example.com", "A"))))));

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, Watermark.BEGINNING, 50);

        assertThat(page.events()).hasSize(1);
        wm.verify(0, soapRequest("getDeleted"));
        wm.verify(0, soapRequest("queryAll"));
        wm.verify(soapRequest("query").withRequestBody(matchingXPath(QUERY_STRING,
                com.github.tomakehurst.wiremock.client.WireMock.containing(
                        "WHERE SystemModstamp >= 1970-01-01T00:00:00.000Z ORDER BY"))));
    }

    @Test
    void aWatermarkOlderThanGetDeletedCanAnswerForFallsBackToTheRecycleBin() {
        Watermark old = new Watermark(Instant.parse("2025-04-01T08:00:00Z"), "00Q5g00000AbCd0EAF");
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(
                lead(leadId(1), Instant.parse("2025-04-02T00:00:00Z"), "a@example.com", "A"))))));
        wm.stubFor(soapCall("queryAll").willReturn(soapResponse(queryDone(List.of(
                deletedLead(leadId(2), Instant.parse("2025-04-01T09:00:00Z")))).replace("queryResponse", "queryAllResponse"))));

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, old, 50);

        assertThat(page.events()).extracting(e -> e.ref().id() + " " + e.kind())
                .containsExactly(leadId(2) + " DELETE", leadId(1) + " UPSERT");
        wm.verify(0, soapRequest("getDeleted"));
        wm.verify(1, soapRequest("queryAll").withRequestBody(matchingXPath(
                operation("queryAll") + "/*[local-name()='queryString']/text()",
                com.github.tomakehurst.wiremock.client.WireMock.containing("FROM Lead WHERE IsDeleted = true AND"))));
    }

    @Test
    void aGapBeforeGetDeletedsEarliestDateFallsBackToTheRecycleBin() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of()))));
        wm.stubFor(soapCall("getDeleted").willReturn(soapResponse(getDeleted(Instant.parse("2025-06-01T10:10:00Z"),
                Instant.parse("2025-06-01T10:30:00Z")))));
        wm.stubFor(soapCall("queryAll").willReturn(soapResponse(queryDone(List.of(
                deletedLead(leadId(2), Instant.parse("2025-06-01T10:01:00Z")))).replace("queryResponse", "queryAllResponse"))));

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, SINCE, 50);

        assertThat(page.events()).extracting(e -> e.ref().id() + " " + e.kind()).containsExactly(leadId(2) + " DELETE");
        wm.verify(1, soapRequest("queryAll"));
    }

    @Test
    void whenTheQueryFillsThePageLaterDeletionsWaitForTheNextPage() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(
                lead(leadId(1), Instant.parse("2025-06-01T10:01:00Z"), "a@example.com", "A"),
                lead(leadId(2), Instant.parse("2025-06-01T10:02:00Z"), "b@example.com", "B"))))));
        wm.stubFor(soapCall("getDeleted").willReturn(soapResponse(getDeleted(Instant.parse("2025-05-02T00:00:00Z"),
                Instant.parse("2025-06-01T10:30:00Z"), leadId(3), "2025-06-01T10:01:30Z", leadId(4),
                "2025-06-01T10:03:00Z"))));
        wm.stubFor(soapCall("queryAll").willReturn(soapResponse(queryAllDone(List.of()))));

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, SINCE, 2);

        assertThat(page.events()).extracting(e -> e.ref().id()).containsExactly(leadId(1), leadId(3));
        assertThat(page.hasMore()).isTrue();
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2025-06-01T10:01:30Z"), leadId(3)));
    }

    @Test
    void aDeletedLeadThatNamesItsMasterIsAMergeIntoThatLead() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of()))));
        wm.stubFor(soapCall("getDeleted").willReturn(soapResponse(getDeleted(Instant.parse("2025-05-02T00:00:00Z"),
                Instant.parse("2025-06-01T10:30:00Z"), leadId(3), "2025-06-01T10:01:30Z", leadId(4),
                "2025-06-01T10:03:00Z"))));
        wm.stubFor(soapCall("queryAll").willReturn(soapResponse(queryAllDone(List.of(
                mergedLead(leadId(3), Instant.parse("2025-06-01T10:01:30Z"), leadId(1)),
                deletedLead(leadId(4), Instant.parse("2025-06-01T10:03:00Z")))))));

        ChangePage page = source.readChanges(SalesforceLeadSource.LEADS, SINCE, 100);

        assertThat(page.events()).extracting(e -> e.ref().id() + " " + e.kind() + " "
                + e.mergedInto().map(survivor -> survivor.key()).orElse("-")).containsExactly(
                leadId(3) + " DELETE SALESFORCE:Lead:" + leadId(1), leadId(4) + " DELETE -");
        wm.verify(1, soapRequest("queryAll").withRequestBody(matchingXPath(
                operation("queryAll") + "/*[local-name()='queryString']/text()",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("SELECT Id, SystemModstamp, MasterRecordId"
                        + " FROM Lead WHERE Id IN ('" + leadId(3) + "', '" + leadId(4) + "') ORDER BY Id"))));
    }
}
