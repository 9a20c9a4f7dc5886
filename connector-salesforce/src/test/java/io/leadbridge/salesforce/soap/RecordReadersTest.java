package io.leadbridge.salesforce.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SoapResponses.queryDone;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Owner;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.ChangedRecords;
import io.leadbridge.salesforce.OpportunityStage;
import io.leadbridge.salesforce.SalesforceAccount;
import io.leadbridge.salesforce.SalesforceActivity;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordReadersTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    private static final Watermark SINCE = new Watermark(Instant.parse("2025-06-01T00:00:00Z"), "");
    private static final String QUERY = operation("query") + "/*[local-name()='queryString']/text()";

    private RecordReaders readers;

    @BeforeEach
    void newReaders() {
        readers = SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl())).readers();
    }

    @Test
    void contactsArePeopleWithTheirAccountNameAsCompanyAndTheirOwnerByEmail() {
        answer(record("Contact", "0035g00000AbCd8AAB", "2025-06-01T10:00:00.000Z",
                "<sf:Email>alan@example.com</sf:Email><sf:LastName>Turing</sf:LastName>"
                        + "<sf:Account xsi:type=\"sf:sObject\"><sf:type>Account</sf:type><sf:Id xsi:nil=\"true\"/>"
                        + "<sf:Name>Bletchley Park</sf:Name></sf:Account>" + owner()));

        ChangedRecords<ChangeEvent> page = readers.contacts(SINCE, 200);

        ChangeEvent contact = page.records().get(0);
        assertThat(contact.ref()).isEqualTo(new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd8AAB"));
        assertThat(contact.person().orElseThrow().values()).containsEntry(PersonField.EMAIL, "alan@example.com")
                .containsEntry(PersonField.COMPANY, "Bletchley Park")
                .containsEntry(PersonField.OWNER_EMAIL, "owner@example.com");
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2025-06-01T10:00:00Z"), "0035g00000AbCd8AAB"));
        assertThat(page.hasMore()).isFalse();
        wm.verify(soapRequest("query").withRequestBody(matchingXPath(QUERY, containing(
                "FROM Contact WHERE SystemModstamp >= 2025-06-01T00:00:00.000Z ORDER BY SystemModstamp, Id LIMIT 200"))));
    }

    @Test
    void accountsAreCompaniesWithTheirWebsiteDomain() {
        answer(record("Account", "0015g00000AbCd7AAB", "2025-06-01T10:00:00.000Z",
                "<sf:Name>Analytical Engines Ltd</sf:Name><sf:Website>https://www.analytical-engines.example/about</sf:Website>"
                        + "<sf:Industry>Technology</sf:Industry><sf:NumberOfEmployees>120</sf:NumberOfEmployees>"
                        + "<sf:BillingCountry>United Kingdom</sf:BillingCountry>" + owner()));

        SalesforceAccount account = readers.accounts(SINCE, 10).records().get(0);

        assertThat(account.company().name()).isEqualTo("Analytical Engines Ltd");
        assertThat(account.company().domain()).contains("analytical-engines.example");
        assertThat(account.company().employees()).contains(120);
        assertThat(account.ownerEmail()).contains("owner@example.com");
    }

    @Test
    void tasksBecomeTouchesByTheirSubtype() {
        answer(record("Task", "00T5g00000XyZ12EAB", "2025-06-01T10:00:00.000Z",
                "<sf:WhoId>00Q5g00000AbCd1EAF</sf:WhoId><sf:Subject>Discovery call</sf:Subject>"
                        + "<sf:Description>Talked budget</sf:Description><sf:TaskSubtype>Call</sf:TaskSubtype>"
                        + "<sf:ActivityDate>2025-05-30</sf:ActivityDate><sf:CallType>Inbound</sf:CallType>"
                        + "<sf:CallDisposition>Connected</sf:CallDisposition>" + owner()));

        SalesforceActivity task = readers.tasks(SINCE, 10).records().get(0);

        assertThat(task.who()).contains(new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF"));
        assertThat(task.touch().channel()).isEqualTo(Touch.TouchChannel.CALL);
        assertThat(task.touch().direction()).isEqualTo(Touch.TouchDirection.INBOUND);
        assertThat(task.touch().occurredAt()).isEqualTo(Instant.parse("2025-05-30T12:00:00Z"));
        assertThat(task.touch().outcome()).contains("Connected");
        assertThat(task.touch().actorEmail()).isEqualTo("owner@example.com");
    }

    @Test
    void eventsAreMeetingsOnTheirContact() {
        answer(record("Event", "00U5g00000XyZ12EAB", "2025-06-01T10:00:00.000Z",
                "<sf:WhoId>0035g00000AbCd8AAB</sf:WhoId><sf:Subject>Demo</sf:Subject>"
                        + "<sf:StartDateTime>2025-06-03T15:00:00.000Z</sf:StartDateTime>"
                        + "<sf:EndDateTime>2025-06-03T15:30:00.000Z</sf:EndDateTime>" + owner()));

        SalesforceActivity event = readers.events(SINCE, 10).records().get(0);

        assertThat(event.who()).contains(new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd8AAB"));
        assertThat(event.touch().channel()).isEqualTo(Touch.TouchChannel.MEETING);
        assertThat(event.touch().occurredAt()).isEqualTo(Instant.parse("2025-06-03T15:00:00Z"));
        assertThat(event.touch().endsAt()).contains(Instant.parse("2025-06-03T15:30:00Z"));
    }

    @Test
    void opportunitiesReportTheirStage() {
        answer(record("Opportunity", "0065g00000AbCd9AAB", "2025-06-01T10:00:00.000Z",
                "<sf:AccountId>0015g00000AbCd7AAB</sf:AccountId><sf:StageName>Closed Won</sf:StageName>"
                        + "<sf:IsClosed>true</sf:IsClosed><sf:IsWon>true</sf:IsWon>"));

        OpportunityStage stage = readers.opportunityStages(SINCE, 1).records().get(0);

        assertThat(stage).isEqualTo(new OpportunityStage(new ExternalRef(CrmSystem.SALESFORCE, "Opportunity",
                "0065g00000AbCd9AAB"), Instant.parse("2025-06-01T10:00:00Z"), Optional.of("0015g00000AbCd7AAB"),
                "Closed Won", true, true));
        assertThat(readers.opportunityStages(SINCE, 1).hasMore()).isTrue();
    }

    @Test
    void activeUsersAreOwnersMatchedByEmail() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(
                "<records xsi:type=\"sf:sObject\"><sf:type>User</sf:type><sf:Id>0055g00000AbCdEAAV</sf:Id>"
                        + "<sf:Id>0055g00000AbCdEAAV</sf:Id><sf:Email>Owner@Example.com</sf:Email>"
                        + "<sf:Name>Olivia Owner</sf:Name></records>")))));

        assertThat(readers.activeUsers()).containsExactly(
                new Owner("owner@example.com", "Olivia Owner", Owner.OwnerRole.OTHER));
        wm.verify(soapRequest("query").withRequestBody(matchingXPath(QUERY,
                containing("FROM User WHERE IsActive = true"))));
    }

    private static void answer(String record) {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of(record)))));
    }

    private static String record(String type, String id, String modstamp, String fields) {
        return "<records xsi:type=\"sf:sObject\"><sf:type>" + type + "</sf:type><sf:Id>" + id + "</sf:Id><sf:Id>" + id
                + "</sf:Id>" + fields + "<sf:SystemModstamp>" + modstamp + "</sf:SystemModstamp></records>";
    }

    private static String owner() {
        return "<sf:Owner xsi:type=\"sf:sObject\"><sf:type>User</sf:type><sf:Id xsi:nil=\"true\"/>"
                + "<sf:Email>owner@example.com</sf:Email></sf:Owner>";
    }
}
