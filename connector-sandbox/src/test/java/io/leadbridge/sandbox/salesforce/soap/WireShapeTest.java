package io.leadbridge.sandbox.salesforce.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.LeadConvert;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.MessageHandler;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.sandbox.salesforce.support.Partner;
import io.leadbridge.sandbox.salesforce.support.SharedFixtures;
import io.leadbridge.sandbox.salesforce.support.XmlShape;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator's raw responses have the structure of the recorded Salesforce ones in {@code shared/specs}
 * (element names, namespaces, order, nils), and its fault strings read as the recorded ones.
 */
class WireShapeTest {

    private static final Pattern FAULT_STRING = Pattern.compile("<faultstring>(.*)</faultstring>", Pattern.DOTALL);

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-24T16:41:03.250Z"));
    private SalesforceEmulator emulator;
    private PartnerConnection connection;
    private String lastResponse;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.start(SalesforceOptions.builder().clock(clock).dailyApiAllocation(1000)
                .sessionTtl(Duration.ofHours(1)).build());
        connection = Partner.connect(emulator);
        connection.getConfig().setCompression(false);
        connection.getConfig().addMessageHandler(new MessageHandler() {
            @Override
            public void handleRequest(URL endpoint, byte[] request) {
                lastResponse = null;
            }

            @Override
            public void handleResponse(URL endpoint, byte[] response) {
                lastResponse = new String(response, StandardCharsets.UTF_8);
            }
        });
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void queryMoreLooksLikeTheRecordedLastPage() throws Exception {
        String owner = emulator.create("User", Map.of("Username", "owner@example.com", "LastName", "Owner",
                "Email", "owner@example.com", "Alias", "owner"));
        for (int i = 0; i < 201; i++) {
            emulator.create("Lead", Map.of("FirstName", "Alan", "LastName", "Turing " + i, "Company",
                    "Bletchley Park", "Email", "alan" + i + "@example.com", "OwnerId", owner, "HubSpot_Id__c",
                    String.valueOf(500 + i), "LeadSource", "Partner Referral", "Rating", "Warm"));
        }
        connection.setQueryOptions(200);
        QueryResult first = connection.query("SELECT Id, FirstName, LastName, Email, Company, Status, LeadSource,"
                + " Rating, OwnerId, IsConverted, ConvertedContactId, HubSpot_Id__c, SystemModstamp, Owner.Email"
                + " FROM Lead WHERE SystemModstamp > 2025-06-01T10:00:00Z ORDER BY SystemModstamp ASC");
        assertShape("soap/query-page1.xml");

        connection.queryMore(first.getQueryLocator());

        assertShape("soap/query-page2.xml");
    }

    @Test
    void writesLookLikeTheRecordedCreateUpsertUpdateAndConvert() throws Exception {
        String known = emulator.create("Lead", Map.of("LastName", "Lovelace", "Company", "Analytical Engines Ltd",
                "HubSpot_Id__c", "501"));
        String converted = emulator.create("Lead", Map.of("LastName", "Done", "Company", "Acme"));

        SObject task = new SObject("Task");
        task.setField("WhoId", known);
        task.setField("Subject", "Email: Re: pricing");
        task.setField("Status", "Completed");
        task.setField("TaskSubtype", "Email");
        task.setField("ActivityDate", "2025-06-01");
        connection.create(new SObject[] {task});
        assertShape("soap/create-task-response.xml");

        connection.upsert("HubSpot_Id__c", new SObject[] {upsert("504", "ada@example.com"),
                upsert("501", "ada@example.com"), upsert("505", "not-an-email")});
        assertShape("soap/upsert-lead-response.xml");
        assertThat(lastResponse).contains("<statusCode>INVALID_EMAIL_ADDRESS</statusCode>")
                .contains("<message>Email: invalid email address: not-an-email</message>");

        connection.convertLead(new LeadConvert[] {convert(converted)});
        assertShape("soap/convert-lead-response.xml");

        connection.update(new SObject[] {update(known), update(converted)});
        assertShape("soap/update-lead-response.xml");
    }

    @Test
    void replicationCallsLookLikeTheRecordedOnes() throws Exception {
        emulator.create("Lead", Map.of("LastName", "One", "Company", "Acme"));
        emulator.create("Lead", Map.of("LastName", "Two", "Company", "Acme"));
        String gone = emulator.create("Lead", Map.of("LastName", "Gone", "Company", "Acme"));
        emulator.delete(gone);
        clock.advance(Duration.ofMinutes(5));
        Calendar start = calendar(Instant.parse("2026-11-24T16:30:00Z"));
        Calendar end = calendar(clock.instant());

        connection.getUpdated("Lead", start, end);
        assertShape("soap/get-updated-response.xml");
        connection.getDeleted("Lead", start, end);
        assertShape("soap/get-deleted-response.xml");
    }

    @Test
    void faultsReadAsTheRecordedOnes() {
        assertThatThrownBy(() -> connection.query("SELECT Id, Bogus__c FROM Lead"))
                .isInstanceOf(ConnectionException.class);
        assertFault("soap/fault-invalid-field.xml");

        emulator.setApiRequestsUsed(1000);
        assertThatThrownBy(() -> connection.query("SELECT Id FROM Lead")).isInstanceOf(ConnectionException.class);
        assertFault("soap/fault-request-limit.xml");

        emulator.setApiRequestsUsed(0);
        clock.advance(Duration.ofHours(2));
        assertThatThrownBy(() -> connection.query("SELECT Id FROM Lead")).isInstanceOf(ConnectionException.class);
        assertFault("soap/fault-session-expired.xml");
    }

    private void assertShape(String fixture) {
        assertThat(lastResponse).as("captured response").isNotNull();
        assertThat(XmlShape.of(lastResponse)).containsExactlyElementsOf(XmlShape.of(SharedFixtures.fixture(fixture)));
    }

    private void assertFault(String fixture) {
        String recorded = SharedFixtures.fixture(fixture);
        assertShape(fixture);
        assertThat(faultString(lastResponse)).isEqualTo(faultString(recorded));
    }

    private static String faultString(String xml) {
        Matcher matcher = FAULT_STRING.matcher(xml);
        assertThat(matcher.find()).as("faultstring in " + xml).isTrue();
        return matcher.group(1).replace("&apos;", "'").replace("&#39;", "'");
    }

    private static SObject upsert(String hubSpotId, String email) {
        SObject lead = new SObject("Lead");
        lead.setField("HubSpot_Id__c", hubSpotId);
        lead.setField("LastName", "Lovelace");
        lead.setField("Company", "Analytical Engines Ltd");
        lead.setField("Email", email);
        return lead;
    }

    private static SObject update(String id) {
        SObject lead = new SObject("Lead");
        lead.setId(id);
        lead.setField("Status", "Working - Contacted");
        return lead;
    }

    private static LeadConvert convert(String leadId) {
        LeadConvert convert = new LeadConvert();
        convert.setLeadId(leadId);
        convert.setConvertedStatus("Closed - Converted");
        convert.setDoNotCreateOpportunity(true);
        return convert;
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
