package io.leadbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.LeadConvert;
import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.SessionHeader_element;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.MalformedQueryFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.SessionRenewer;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.sandbox.salesforce.support.Partner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Limits, sessions, faults and per-record errors, as force-wsc surfaces them. */
class PartnerFaultsTest {

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-24T16:41:03.250Z"));
    private SalesforceEmulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    private PartnerConnection start(SalesforceOptions.Builder options) {
        emulator = SalesforceEmulator.start(options.clock(clock).build());
        return Partner.connect(emulator);
    }

    @Test
    void everyCallReportsApiUsageInTheLimitInfoHeaderUntilTheAllocationIsSpent() throws Exception {
        PartnerConnection connection = start(SalesforceOptions.builder().dailyApiAllocation(3)
                .sessionTtl(Duration.ZERO));

        long[] current = new long[3];
        for (int i = 0; i < 3; i++) {
            connection.query("SELECT Id FROM Lead");
            LimitInfo info = connection.getLimitInfoHeader().getLimitInfo()[0];
            assertThat(info.getType()).isEqualTo("API REQUESTS");
            assertThat(info.getLimit()).isEqualTo(3);
            current[i] = info.getCurrent();
        }

        assertThat(current).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> connection.create(new SObject[] {lead("Late", "Acme")}))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, fault -> {
                    assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.REQUEST_LIMIT_EXCEEDED);
                    assertThat(fault.getExceptionMessage()).isEqualTo("TotalRequests Limit exceeded.");
                });
        assertThat(emulator.count("Lead")).isZero();
        assertThat(emulator.apiRequestsUsed()).isEqualTo(3);

        clock.advance(Duration.ofDays(1));
        connection.query("SELECT Id FROM Lead");
        assertThat(connection.getLimitInfoHeader().getLimitInfo()[0].getCurrent()).isEqualTo(1);
    }

    @Test
    void unknownAndExpiredSessionsGetInvalidSessionId() throws Exception {
        start(SalesforceOptions.builder().sessionTtl(Duration.ofHours(1)));
        PartnerConnection forged = Partner.connect(emulator, "00D5g00000LbEmu!AQforged");
        PartnerConnection expiring = Partner.connect(emulator);
        expiring.query("SELECT Id FROM Lead");
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> forged.query("SELECT Id FROM Lead"))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, fault ->
                        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID));
        assertThatThrownBy(() -> expiring.query("SELECT Id FROM Lead"))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, fault -> {
                    assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID);
                    assertThat(fault.getExceptionMessage()).isEqualTo("Session expired or invalid");
                });
        assertThat(emulator.apiRequestsUsed()).isEqualTo(1);
    }

    @Test
    void anUnknownSessionFaultIsWordedSoForceWscSessionRenewerRetries() throws Exception {
        start(SalesforceOptions.builder());
        PartnerConnection connection = Partner.connect(emulator, "00D5g00000LbEmu!AQforged");
        AtomicInteger renewals = new AtomicInteger();
        connection.getConfig().setSessionRenewer(config -> {
            renewals.incrementAndGet();
            String fresh = Partner.accessToken(emulator);
            config.setSessionId(fresh);
            SessionHeader_element header = new SessionHeader_element();
            header.setSessionId(fresh);
            SessionRenewer.SessionRenewalHeader renewal = new SessionRenewer.SessionRenewalHeader();
            renewal.name = new QName("urn:partner.soap.sforce.com", "SessionHeader");
            renewal.headerElement = header;
            return renewal;
        });

        assertThat(connection.query("SELECT Id FROM Lead").getSize()).isZero();
        assertThat(renewals).hasValue(1);
    }

    @Test
    void perRecordErrorsCarryStatusCodesAndFields() throws Exception {
        PartnerConnection connection = start(SalesforceOptions.builder());
        String existing = emulator.create("Lead", Map.of("LastName", "Known", "Company", "Acme",
                "HubSpot_Id__c", "501"));
        SObject missing = new SObject("Lead");
        missing.setField("Email", "nobody@example.com");
        SObject badStatus = lead("Status", "Acme");
        badStatus.setField("Status", "Very Hot");
        SObject duplicate = lead("Twin", "Acme");
        duplicate.setField("HubSpot_Id__c", "501");
        SObject task = new SObject("Task");
        task.setField("Subject", "Call");
        task.setField("WhoId", "00Q5g0000000zzzAAA");

        SaveResult[] results = connection.create(new SObject[] {missing, badStatus, duplicate, task,
                lead("Fine", "Acme")});

        assertError(results[0], StatusCode.REQUIRED_FIELD_MISSING, "LastName", "Company");
        assertError(results[1], StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, "Status");
        assertThat(results[1].getErrors()[0].getMessage())
                .isEqualTo("Status: bad value for restricted picklist field: Very Hot");
        assertError(results[2], StatusCode.DUPLICATE_VALUE, "HubSpot_Id__c");
        assertThat(results[2].getErrors()[0].getMessage()).endsWith(existing);
        assertError(results[3], StatusCode.INVALID_CROSS_REFERENCE_KEY, "WhoId");
        assertThat(results[4].isSuccess()).isTrue();
        assertThat(emulator.count("Lead")).isEqualTo(2);
        assertThat(emulator.count("Task")).isZero();
    }

    @Test
    void aStatusDeactivatedWhileTheOrgRunsIsRefusedOnWritesAndShownInactiveByDescribe() throws Exception {
        PartnerConnection connection = start(SalesforceOptions.builder());
        String existing = emulator.create("Lead", Map.of("LastName", "Before", "Company", "Acme",
                "Status", "Working - Contacted"));

        emulator.deactivatePicklistValue("Lead", "Status", "Working - Contacted");
        SObject lead = lead("After", "Acme");
        lead.setField("Status", "Working - Contacted");
        SaveResult[] results = connection.create(new SObject[] {lead});

        assertError(results[0], StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, "Status");
        assertThat(results[0].getErrors()[0].getMessage())
                .isEqualTo("Status: bad value for restricted picklist field: Working - Contacted");
        assertThat(emulator.find(existing).orElseThrow()).as("records keep the value they hold")
                .containsEntry("Status", "Working - Contacted");
        assertThat(java.util.Arrays.stream(connection.describeSObject("Lead").getFields())
                .filter(field -> field.getName().equals("Status")).findFirst().orElseThrow().getPicklistValues())
                .anySatisfy(entry -> {
                    assertThat(entry.getValue()).isEqualTo("Working - Contacted");
                    assertThat(entry.isActive()).isFalse();
                })
                .anySatisfy(entry -> {
                    assertThat(entry.getValue()).isEqualTo("Open - Not Contacted");
                    assertThat(entry.isActive()).isTrue();
                });
    }

    @Test
    void aConvertedLeadCannotBeUpdated() throws Exception {
        PartnerConnection connection = start(SalesforceOptions.builder());
        String id = emulator.create("Lead", Map.of("LastName", "Done", "Company", "Acme"));
        LeadConvert convert = new LeadConvert();
        convert.setLeadId(id);
        convert.setConvertedStatus("Closed - Converted");
        convert.setDoNotCreateOpportunity(true);
        connection.convertLead(new LeadConvert[] {convert});
        SObject change = new SObject("Lead");
        change.setId(id);
        change.setField("Title", "CEO");

        SaveResult[] results = connection.update(new SObject[] {change});

        assertError(results[0], StatusCode.CANNOT_UPDATE_CONVERTED_LEAD);
    }

    @Test
    void badQueriesGetTheTypedQueryFaults() {
        PartnerConnection connection = start(SalesforceOptions.builder());

        assertThatThrownBy(() -> connection.query("SELECT Id, Bogus__c FROM Lead"))
                .isInstanceOfSatisfying(InvalidFieldFault.class, fault -> {
                    assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_FIELD);
                    assertThat(fault.getRow()).isEqualTo(1);
                    assertThat(fault.getColumn()).isEqualTo(12);
                    assertThat(fault.getExceptionMessage()).contains("No such column 'Bogus__c' on entity 'Lead'");
                });
        assertThatThrownBy(() -> connection.query("SELECT Id FROM Lead WHERE"))
                .isInstanceOfSatisfying(MalformedQueryFault.class, fault ->
                        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.MALFORMED_QUERY));
        assertThatThrownBy(() -> connection.query("SELECT Id FROM Widget__c"))
                .isInstanceOfSatisfying(InvalidSObjectFault.class, fault ->
                        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_TYPE));
        assertThatThrownBy(() -> connection.queryMore("01g5g0000000042AAA-200"))
                .isInstanceOfSatisfying(com.sforce.soap.partner.fault.InvalidQueryLocatorFault.class, fault ->
                        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_QUERY_LOCATOR));
    }

    @Test
    void getDeletedRefusesStartDatesOlderThanThirtyDays() {
        PartnerConnection connection = start(SalesforceOptions.builder());

        assertThatThrownBy(() -> connection.getDeleted("Lead", calendar(clock.instant().minus(Duration.ofDays(31))),
                calendar(clock.instant())))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, fault ->
                        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_REPLICATION_DATE));
    }

    @Test
    void moreThanTwoHundredRecordsInOneCallIsRefused() {
        PartnerConnection connection = start(SalesforceOptions.builder());
        SObject[] records = new SObject[201];
        for (int i = 0; i < records.length; i++) {
            records[i] = lead("Lead " + i, "Acme");
        }

        assertThatThrownBy(() -> connection.create(records))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, fault ->
                        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.EXCEEDED_ID_LIMIT));
        assertThat(emulator.count("Lead")).isZero();
    }

    @Test
    void injectedLockFaultsRefuseTheCallWithoutApplyingIt() {
        PartnerConnection connection = start(SalesforceOptions.builder()
                .errors(1.0, Set.of(InjectedFault.UNABLE_TO_LOCK_ROW)));

        assertThatThrownBy(() -> connection.create(new SObject[] {lead("Locked", "Acme")}))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, fault ->
                        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.UNABLE_TO_LOCK_ROW));
        assertThat(emulator.count("Lead")).isZero();
    }

    @Test
    void injectedTimeoutsApplyTheCallButAnswerAfterTheClientGaveUp() {
        PartnerConnection connection = start(SalesforceOptions.builder().timeoutDelay(Duration.ofSeconds(5))
                .errors(1.0, Set.of(InjectedFault.TIMEOUT)));
        connection.getConfig().setReadTimeout(300);

        assertThatThrownBy(() -> connection.create(new SObject[] {lead("Slow", "Acme")}))
                .isInstanceOf(ConnectionException.class).hasMessageContaining("timed out");
        assertThat(emulator.count("Lead")).isEqualTo(1);
    }

    @Test
    void delayedAnswersStillReachConcurrentClientsInFull() throws Exception {
        start(SalesforceOptions.builder().latency(Duration.ofMillis(20), Duration.ofMillis(30)).seed(7));
        emulator.create("Lead", Map.of("LastName", "Slow", "Company", "Acme"));
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> sizes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sizes.add(clients.submit(() -> Partner.connect(emulator, emulator.issueAccessToken())
                    .query("SELECT Id, LastName FROM Lead").getSize()));
        }
        for (Future<Integer> size : sizes) {
            assertThat(size.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        }
        clients.shutdown();

        assertThat(emulator.apiRequestsUsed()).isEqualTo(20);
    }

    private static void assertError(SaveResult result, StatusCode code, String... fields) {
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getId()).isNull();
        assertThat(result.getErrors()).hasSize(1);
        assertThat(result.getErrors()[0].getStatusCode()).isEqualTo(code);
        assertThat(result.getErrors()[0].getFields()).containsExactly(fields);
    }

    private static SObject lead(String lastName, String company) {
        SObject lead = new SObject("Lead");
        lead.setField("LastName", lastName);
        lead.setField("Company", company);
        return lead;
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
