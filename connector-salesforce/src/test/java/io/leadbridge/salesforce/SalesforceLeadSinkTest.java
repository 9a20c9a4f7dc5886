package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.leadbridge.salesforce.support.SharedSpecs.soapFixture;
import static io.leadbridge.salesforce.support.SoapStubs.externalIdFieldName;
import static io.leadbridge.salesforce.support.SoapStubs.leadElement;
import static io.leadbridge.salesforce.support.SoapStubs.leadWithout;
import static io.leadbridge.salesforce.support.SoapStubs.sessionId;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapFault;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static io.leadbridge.salesforce.support.SoapStubs.upsertCreated;
import static io.leadbridge.salesforce.support.SoapStubs.upsertOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.salesforce.support.SoapResponses;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceLeadSinkTest {

    private static WireMockServer wm;
    private static String baseUrl;

    private SalesforceLeadSink sink;

    @BeforeAll
    static void startWireMock() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        baseUrl = "http://localhost:" + wm.port();
    }

    @AfterAll
    static void stopWireMock() {
        wm.stop();
    }

    @BeforeEach
    void newSink() {
        wm.resetAll();
        sink = SalesforceAdapter.connect(TestSettings.staticToken(baseUrl)).leadSink(LeadWrites.mappings());
    }

    @Test
    void writesSalesforceLeadsInBatchesOfUpTo200() {
        assertThat(sink.system()).isEqualTo(CrmSystem.SALESFORCE);
        assertThat(sink.maxBatchSize()).isEqualTo(200);
    }

    @Test
    void upsertsNewLeadsUpdatesTheKnownOneAndReportsEachRecordInInputOrder() {
        stubMixedBatch();

        List<WriteResult> results = sink.upsertPeople(threeContacts());

        assertThat(results).containsExactly(
                new WriteResult.Written(new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd4EAF"), true),
                new WriteResult.Written(new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF"), false),
                new WriteResult.Failed(new SyncFailure.Permanent("INVALID_EMAIL_ADDRESS",
                        "Email: invalid email address: not-an-email", "", List.of("Email"))));
    }

    @Test
    void upsertsNewLeadsOnTheExternalIdAndUpdatesAKnownLeadByItsIdStampingTheHubSpotId() {
        stubMixedBatch();

        sink.upsertPeople(threeContacts());

        wm.verify(2, postRequestedFor(urlEqualTo(SoapStubs.SOAP_PATH)));
        wm.verify(soapRequest("upsert")
                .withRequestBody(matchingXPath(sessionId(TestSettings.STATIC_TOKEN)))
                .withRequestBody(matchingXPath(externalIdFieldName("HubSpot_Id__c")))
                .withRequestBody(matchingXPath(upsertOf(2)))
                .withRequestBody(matchingXPath(leadElement("901", "type", "Lead")))
                .withRequestBody(matchingXPath(leadElement("901", "Email", "ada@example.com")))
                .withRequestBody(matchingXPath(leadElement("901", "FirstName", "Ada")))
                .withRequestBody(matchingXPath(leadElement("901", "LastName", "Lovelace")))
                .withRequestBody(matchingXPath(leadElement("777", "Email", "not-an-email"))));
        wm.verify(soapRequest("update")
                .withRequestBody(matchingXPath(sessionId(TestSettings.STATIC_TOKEN)))
                .withRequestBody(matchingXPath(leadElement("501", "type", "Lead")))
                .withRequestBody(matchingXPath(leadElement("501", "Id", "00Q5g00000AbCd1EAF")))
                .withRequestBody(matchingXPath(leadElement("501", "Title", "CTO")))
                .withRequestBody(matchingXPath(leadElement("501", "fieldsToNull", "Phone"))));
    }

    @Test
    void sendsNotProvidedForABlankOrMissingLastNameOrCompanyInsteadOfClearingThem() {
        stubMixedBatch();

        sink.upsertPeople(threeContacts());

        wm.verify(soapRequest("upsert")
                .withRequestBody(matchingXPath(leadElement("901", "Company", "[not provided]")))
                .withRequestBody(matchingXPath(leadElement("777", "LastName", "Babbage")))
                .withRequestBody(matchingXPath(leadElement("777", "Company", "[not provided]")))
                .withRequestBody(matchingXPath(leadWithout("901", "fieldsToNull"))));
        wm.verify(soapRequest("update")
                .withRequestBody(matchingXPath(leadElement("501", "LastName", "[not provided]")))
                .withRequestBody(matchingXPath(leadWithout("501", "Company"))));
    }

    @Test
    void keepsTheApiUsageFromTheLimitInfoHeader() {
        stubMixedBatch();
        assertThat(sink.lastApiUsage()).isEmpty();

        sink.upsertPeople(threeContacts());

        assertThat(sink.lastApiUsage()).contains(new ApiUsage(45, 100_000));
    }

    @Test
    void keepsTheLastReportedApiUsageAcrossCalls() {
        wm.stubFor(soapCall("upsert").willReturn(soapResponse(upsertCreated(1, 46))));
        sink.upsertPeople(List.of(contact("1")));
        wm.stubFor(soapCall("upsert").willReturn(soapResponse(upsertCreated(1, 47))));

        sink.upsertPeople(List.of(contact("2")));

        assertThat(sink.lastApiUsage()).contains(new ApiUsage(47, 100_000));
    }

    @Test
    void aBatchOf200IsOneSoapCall() {
        wm.stubFor(soapCall("upsert").willReturn(soapResponse(upsertCreated(200, 50))));
        List<PersonWrite> writes = IntStream.range(0, 200).mapToObj(i -> contact(String.valueOf(1000 + i))).toList();

        List<WriteResult> results = sink.upsertPeople(writes);

        assertThat(results).hasSize(200).allMatch(r -> r instanceof WriteResult.Written w && w.created());
        wm.verify(1, postRequestedFor(urlEqualTo(SoapStubs.SOAP_PATH)));
        wm.verify(soapRequest("upsert").withRequestBody(matchingXPath(upsertOf(200))));
    }

    @Test
    void refusesMoreThan200WritesWithoutCallingSalesforce() {
        List<PersonWrite> writes = IntStream.range(0, 201).mapToObj(i -> contact(String.valueOf(i))).toList();

        assertThatThrownBy(() -> sink.upsertPeople(writes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("201");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesWritesThatDoNotComeFromHubSpot() {
        PersonWrite fromSalesforce = new PersonWrite(PersonId.newId(),
                new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF"), Optional.empty(),
                Map.of(PersonField.EMAIL, "ada@example.com"), "key-1");

        assertThatThrownBy(() -> sink.upsertPeople(List.of(contact("1"), fromSalesforce)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a HubSpot record");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void updatesAKnownContactByItsIdWithTheFieldsAContactHasAndNeverCreatesOne() {
        wm.stubFor(soapCall("update").willReturn(soapResponse(SoapResponses.envelope("<updateResponse><result>"
                + "<id>0035g00000AbCd8AAB</id><success>true</success></result></updateResponse>", 46))));
        ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd8AAB");
        PersonWrite toContact = new PersonWrite(PersonId.newId(), LeadWrites.contact("1"), Optional.of(contact),
                Map.of(PersonField.TITLE, "CFO", PersonField.COMPANY, "Acme",
                        PersonField.PHONE, "", PersonField.LAST_NAME, ""), "key-1");

        List<WriteResult> results = sink.upsertPeople(List.of(toContact));

        assertThat(results).containsExactly(new WriteResult.Written(contact, false));
        String contactSent = "/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='update']"
                + "/*[local-name()='sObjects']";
        wm.verify(1, postRequestedFor(urlEqualTo(SoapStubs.SOAP_PATH)));
        wm.verify(soapRequest("update")
                .withRequestBody(matchingXPath(contactSent + "/*[local-name()='type'][text()='Contact']"))
                .withRequestBody(matchingXPath(contactSent + "/*[local-name()='Id'][text()='0035g00000AbCd8AAB']"))
                .withRequestBody(matchingXPath(contactSent + "/*[local-name()='Title'][text()='CFO']"))
                .withRequestBody(matchingXPath(contactSent + "/*[local-name()='LastName'][text()='[not provided]']"))
                .withRequestBody(matchingXPath(contactSent + "/*[local-name()='fieldsToNull'][text()='Phone']"))
                .withRequestBody(matchingXPath("/*[local-name()='Envelope'][not(//*[local-name()='Company'])]"))
                .withRequestBody(matchingXPath("/*[local-name()='Envelope'][not(//*[local-name()='HubSpot_Id__c'])]")));
    }

    @Test
    void refusesATargetThatIsNotASalesforceLeadOrContact() {
        PersonWrite toAccount = new PersonWrite(PersonId.newId(), LeadWrites.contact("1"),
                Optional.of(new ExternalRef(CrmSystem.SALESFORCE, "Account", "0015g00000AbCd8AAB")),
                Map.of(PersonField.EMAIL, "ada@example.com"), "key-1");

        assertThatThrownBy(() -> sink.upsertPeople(List.of(toAccount)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SALESFORCE:Account");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void anEmptyBatchMakesNoCall() {
        assertThat(sink.upsertPeople(List.of())).isEmpty();
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRequestLimitFaultIsRateLimitedForOneMinute() {
        wm.stubFor(soapCall("upsert").willReturn(soapFault(soapFixture("fault-request-limit.xml"))));

        SyncFailure failure = callFailure();

        assertThat(failure).isEqualTo(new SyncFailure.RateLimited("REQUEST_LIMIT_EXCEEDED",
                "TotalRequests Limit exceeded.", "", Duration.ofSeconds(60)));
    }

    @Test
    void aCallLevelRowLockIsRetriable() {
        wm.stubFor(soapCall("upsert").willReturn(soapFault(soapFixture("fault-unable-to-lock-row.xml"))));

        SyncFailure failure = callFailure();

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(failure.code()).isEqualTo("UNABLE_TO_LOCK_ROW");
    }

    @Test
    void aReadTimeoutIsRetriable() {
        sink = SalesforceAdapter.connect(TestSettings.staticToken(baseUrl, Duration.ofMillis(200)))
                .leadSink(LeadWrites.mappings());
        wm.stubFor(soapCall("upsert").willReturn(soapResponse(upsertCreated(1, 1)).withFixedDelay(1_500)));

        SyncFailure failure = callFailure();

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(failure.code()).isEqualTo("TIMEOUT");
    }

    @Test
    void anHtmlMaintenancePageIsRetriable() {
        wm.stubFor(soapCall("upsert").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Down for maintenance</body></html>")));

        SyncFailure failure = callFailure();

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
    }

    @Test
    void aRejectedStaticTokenIsPermanentAfterOneCallAndIsNotShownInTheMessage() {
        wm.stubFor(soapCall("upsert").willReturn(soapFault(soapFixture("fault-session-expired.xml"))));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class,
                () -> sink.upsertPeople(List.of(contact("1"))));

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Permanent.class);
        assertThat(thrown.failure().code()).isEqualTo("INVALID_SESSION_ID");
        assertThat(thrown).hasMessageNotContaining(TestSettings.STATIC_TOKEN);
        wm.verify(1, postRequestedFor(urlEqualTo(SoapStubs.SOAP_PATH)));
    }

    @Test
    void anAnswerWithTheWrongNumberOfResultsFailsTheWholeCall() {
        wm.stubFor(soapCall("upsert").willReturn(soapResponse(upsertCreated(1, 1))));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class,
                () -> sink.upsertPeople(List.of(contact("1"), contact("2"))));

        assertThat(thrown.failure().code()).isEqualTo("UNEXPECTED_RESPONSE");
    }

    private SyncFailure callFailure() {
        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class,
                () -> sink.upsertPeople(List.of(contact("1"))));
        assertThat(thrown).as("the call should have failed").isNotNull();
        return thrown.failure();
    }

    /** A new lead with a blank company, a known lead with a cleared phone, and a new lead with a bad email. */
    /**
     * Salesforce's answers to {@link #threeContacts()}: the update of the known Lead succeeds (44 API requests used),
     * then the upsert creates Ada's Lead and refuses the invalid email, as in the recorded fixture (45 used).
     */
    private void stubMixedBatch() {
        wm.stubFor(soapCall("update").willReturn(soapResponse(SoapResponses.envelope("<updateResponse><result>"
                + "<id>00Q5g00000AbCd1EAF</id><success>true</success></result></updateResponse>", 44))));
        wm.stubFor(soapCall("upsert").willReturn(soapResponse(SoapResponses.envelope("<upsertResponse>"
                + "<result><created>true</created><id>00Q5g00000AbCd4EAF</id><success>true</success></result>"
                + "<result><created>false</created><errors><fields>Email</fields>"
                + "<message>Email: invalid email address: not-an-email</message>"
                + "<statusCode>INVALID_EMAIL_ADDRESS</statusCode></errors><id xsi:nil=\"true\"/>"
                + "<success>false</success></result></upsertResponse>", 45))));
    }

    private static List<PersonWrite> threeContacts() {
        return List.of(
                LeadWrites.newLead("901", Map.of(PersonField.EMAIL, "ada@example.com",
                        PersonField.FIRST_NAME, "Ada", PersonField.LAST_NAME, "Lovelace", PersonField.COMPANY, "")),
                LeadWrites.knownLead("501", "00Q5g00000AbCd1EAF", Map.of(PersonField.TITLE, "CTO",
                        PersonField.PHONE, "", PersonField.LAST_NAME, " ", PersonField.LIFECYCLE_STAGE, "lead")),
                LeadWrites.newLead("777", Map.of(PersonField.EMAIL, "not-an-email",
                        PersonField.LAST_NAME, "Babbage")));
    }

    private static PersonWrite contact(String hubspotId) {
        return LeadWrites.newLead(hubspotId, Map.of(PersonField.EMAIL, hubspotId + "@example.com",
                PersonField.LAST_NAME, "Person " + hubspotId, PersonField.COMPANY, "Example Ltd"));
    }
}
