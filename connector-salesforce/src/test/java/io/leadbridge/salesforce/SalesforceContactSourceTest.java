package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SoapResponses.asContact;
import static io.leadbridge.salesforce.support.SoapResponses.contactId;
import static io.leadbridge.salesforce.support.SoapResponses.deletedLead;
import static io.leadbridge.salesforce.support.SoapResponses.getDeleted;
import static io.leadbridge.salesforce.support.SoapResponses.lead;
import static io.leadbridge.salesforce.support.SoapResponses.mergedLead;
import static io.leadbridge.salesforce.support.SoapResponses.queryAllDone;
import static io.leadbridge.salesforce.support.SoapResponses.queryDone;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforceContactSourceTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:30:20Z");
    private static final Watermark SINCE = new Watermark(Instant.parse("2025-06-01T10:00:00Z"), contactId(0));
    private static final String QUERY_ALL_STRING = operation("queryAll") + "/*[local-name()='queryString']/text()";

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();
    private SalesforceContactSource source;

    @BeforeEach
    void newSource() {
        source = SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl()),
                        SalesforceOptions.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC))
                .contactSource(LeadWrites.mappings());
    }

    @Test
    void deletedContactsAreReadWithChangedOnesAndOneThatNamesItsMasterIsAMergeIntoThatContact() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(asContact(
                lead(contactId(1), Instant.parse("2025-06-01T10:02:00Z"), "kim@example.com", "Larsen")))))));
        wm.stubFor(soapCall("getDeleted").willReturn(soapResponse(getDeleted(Instant.parse("2025-05-02T00:00:00Z"),
                Instant.parse("2025-06-01T10:30:00Z"), contactId(3), "2025-06-01T10:01:30Z", contactId(4),
                "2025-06-01T10:03:00Z"))));
        wm.stubFor(soapCall("queryAll").willReturn(soapResponse(queryAllDone(List.of(
                asContact(mergedLead(contactId(3), Instant.parse("2025-06-01T10:01:30Z"), contactId(1))),
                asContact(deletedLead(contactId(4), Instant.parse("2025-06-01T10:03:00Z"))))))));

        ChangePage page = source.readChanges(SalesforceContactSource.CONTACTS, SINCE, 100);

        assertThat(page.events()).extracting(SalesforceContactSourceTest::describe).containsExactly(
                "SALESFORCE:Contact:" + contactId(3) + " DELETE into SALESFORCE:Contact:" + contactId(1),
                "SALESFORCE:Contact:" + contactId(1) + " UPSERT into -",
                "SALESFORCE:Contact:" + contactId(4) + " DELETE into -");
        assertThat(page.events()).allSatisfy(event -> assertThat(event.stream().orElseThrow().stream())
                .isEqualTo(SalesforceContactSource.CONTACTS));
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2025-06-01T10:03:00Z"), contactId(4)));
        wm.verify(1, soapRequest("getDeleted").withRequestBody(matchingXPath(
                operation("getDeleted") + "/*[local-name()='sObjectType'][text()='Contact']")));
        wm.verify(1, soapRequest("queryAll").withRequestBody(matchingXPath(QUERY_ALL_STRING,
                equalTo("SELECT Id, SystemModstamp, MasterRecordId FROM Contact WHERE Id IN ('" + contactId(3)
                        + "', '" + contactId(4) + "') ORDER BY Id"))));
    }

    @Test
    void aMergeStampedWithItsOlderSurvivorIsCopiedAheadOfTheSurvivorsChangeWithoutMovingTheWatermark() {
        Instant mergedAt = Instant.parse("2025-06-01T10:04:00Z");
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(asContact(
                lead(contactId(1), mergedAt, "kim@example.com", "Larsen")))))));
        wm.stubFor(soapCall("getDeleted").willReturn(soapResponse(getDeleted(Instant.parse("2025-05-02T00:00:00Z"),
                Instant.parse("2025-06-01T10:30:00Z"), contactId(2), "2025-06-01T10:04:00Z"))));
        wm.stubFor(soapCall("queryAll").willReturn(soapResponse(queryAllDone(List.of(
                asContact(mergedLead(contactId(2), mergedAt, contactId(1))))))));

        ChangePage page = source.readChanges(SalesforceContactSource.CONTACTS, SINCE, 100);

        assertThat(page.events()).extracting(event -> describe(event) + " "
                + event.stream().map(position -> position.position().recordId()).orElse("unpositioned"))
                .containsExactly(
                        "SALESFORCE:Contact:" + contactId(2) + " DELETE into SALESFORCE:Contact:" + contactId(1)
                                + " unpositioned",
                        "SALESFORCE:Contact:" + contactId(1) + " UPSERT into - " + contactId(1),
                        "SALESFORCE:Contact:" + contactId(2) + " DELETE into SALESFORCE:Contact:" + contactId(1)
                                + " " + contactId(2));
        assertThat(page.events().get(0).dedupKey()).as("the inbox stores the copy and the original once")
                .isEqualTo(page.events().get(2).dedupKey());
        assertThat(page.next()).isEqualTo(new Watermark(mergedAt, contactId(2)));
    }

    @Test
    void changedContactsAfterTheLatestDateGetDeletedCoversWaitForTheNextRead() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(
                asContact(lead(contactId(1), Instant.parse("2025-06-01T10:10:00Z"), "a@example.com", "A")),
                asContact(lead(contactId(2), Instant.parse("2025-06-01T10:25:00Z"), "b@example.com", "B")))))));
        wm.stubFor(soapCall("getDeleted").willReturn(soapResponse(getDeleted(Instant.parse("2025-05-02T00:00:00Z"),
                Instant.parse("2025-06-01T10:20:00Z")))));

        ChangePage page = source.readChanges(SalesforceContactSource.CONTACTS, SINCE, 100);

        assertThat(page.events()).extracting(event -> event.ref().id()).containsExactly(contactId(1));
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2025-06-01T10:10:00Z"), contactId(1)));
        wm.verify(0, soapRequest("queryAll"));
    }

    @Test
    void aWatermarkOlderThanGetDeletedCanAnswerForReadsDeletedContactsFromTheRecycleBin() {
        Watermark old = new Watermark(Instant.parse("2025-04-01T08:00:00Z"), contactId(0));
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of()))));
        wm.stubFor(soapCall("queryAll").willReturn(soapResponse(queryAllDone(List.of(asContact(
                mergedLead(contactId(2), Instant.parse("2025-04-01T09:00:00Z"), contactId(1))))))));

        ChangePage page = source.readChanges(SalesforceContactSource.CONTACTS, old, 50);

        assertThat(page.events()).extracting(SalesforceContactSourceTest::describe).containsExactly(
                "SALESFORCE:Contact:" + contactId(2) + " DELETE into SALESFORCE:Contact:" + contactId(1));
        wm.verify(0, soapRequest("getDeleted"));
        wm.verify(1, soapRequest("queryAll").withRequestBody(matchingXPath(QUERY_ALL_STRING,
                com.github.tomakehurst.wiremock.client.WireMock.containing(
                        "SELECT Id, SystemModstamp, MasterRecordId FROM Contact WHERE IsDeleted = true AND"))));
    }

    @Test
    void theInitialReadAsksForNoDeletions() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(asContact(
                lead(contactId(1), Instant.parse("2024-01-01T00:00:00Z"), "a@example.com", "A")))))));

        ChangePage page = source.readChanges(SalesforceContactSource.CONTACTS, Watermark.BEGINNING, 50);

        assertThat(page.events()).extracting(SalesforceContactSourceTest::describe)
                .containsExactly("SALESFORCE:Contact:" + contactId(1) + " UPSERT into -");
        wm.verify(0, soapRequest("getDeleted"));
        wm.verify(0, soapRequest("queryAll"));
    }

    private static String describe(ChangeEvent event) {
        return event.ref().key() + " " + event.kind() + " into "
                + event.mergedInto().map(survivor -> survivor.key()).orElse("-");
    }
}
