package io.leadbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.GetDeletedResult;
import com.sforce.soap.partner.MergeResult;
import com.sforce.soap.partner.MergeRequest;
import com.sforce.soap.partner.GetUpdatedResult;
import com.sforce.soap.partner.LeadConvert;
import com.sforce.soap.partner.LeadConvertResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.PicklistEntry;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.sandbox.salesforce.support.Partner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** force-wsc's PartnerConnection against the emulator, authenticated with a token from its OAuth endpoint. */
class PartnerRoundTripTest {

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-24T16:41:03.250Z"));
    private SalesforceEmulator emulator;
    private PartnerConnection connection;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.start(SalesforceOptions.builder().clock(clock).build());
        connection = Partner.connect(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void createStoresTheLeadWithSystemFieldsAndTheIntegrationUserAsOwner() throws Exception {
        SaveResult[] results = connection.create(new SObject[] {lead("Ada", "Lovelace", "Analytical Engines Ltd")});

        assertThat(results).hasSize(1);
        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getId()).hasSize(18).startsWith("00Q");
        Map<String, String> stored = emulator.find(results[0].getId()).orElseThrow();
        assertThat(stored).containsEntry("LastName", "Lovelace").containsEntry("Company", "Analytical Engines Ltd")
                .containsEntry("Name", "Ada Lovelace").containsEntry("Status", "Open - Not Contacted")
                .containsEntry("IsConverted", "false").containsEntry("IsDeleted", "false")
                .containsEntry("OwnerId", emulator.integrationUserId())
                .containsEntry("CreatedDate", "2026-11-24T16:41:03.250Z")
                .containsEntry("SystemModstamp", "2026-11-24T16:41:03.250Z");
    }

    @Test
    void updateChangesFieldsClearsFieldsToNullAndMovesSystemModstamp() throws Exception {
        String id = emulator.create("Lead", Map.of("LastName", "Hopper", "Company", "COBOL Inc", "Rating", "Hot"));
        clock.advance(Duration.ofSeconds(5));
        SObject change = new SObject("Lead");
        change.setId(id);
        change.setField("Status", "Working - Contacted");
        change.setFieldsToNull(new String[] {"Rating"});

        SaveResult[] results = connection.update(new SObject[] {change});

        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getId()).isEqualTo(id);
        Map<String, String> stored = emulator.find(id).orElseThrow();
        assertThat(stored).containsEntry("Status", "Working - Contacted").containsEntry("Rating", null)
                .containsEntry("SystemModstamp", "2026-11-24T16:41:08.250Z")
                .containsEntry("CreatedDate", "2026-11-24T16:41:03.250Z");
    }

    @Test
    void upsertInsertsThenUpdatesByTheExternalId() throws Exception {
        SObject first = lead("Grace", "Hopper", "COBOL Inc");
        first.setField("HubSpot_Id__c", "501");
        UpsertResult[] created = connection.upsert("HubSpot_Id__c", new SObject[] {first});
        SObject again = new SObject("Lead");
        again.setField("HubSpot_Id__c", "501");
        again.setField("Title", "Rear Admiral");
        UpsertResult[] updated = connection.upsert("HubSpot_Id__c", new SObject[] {again});

        assertThat(created[0].isCreated()).isTrue();
        assertThat(created[0].isSuccess()).isTrue();
        assertThat(updated[0].isCreated()).isFalse();
        assertThat(updated[0].isSuccess()).isTrue();
        assertThat(updated[0].getId()).isEqualTo(created[0].getId());
        assertThat(emulator.count("Lead")).isEqualTo(1);
        assertThat(emulator.find(created[0].getId()).orElseThrow()).containsEntry("Title", "Rear Admiral")
                .containsEntry("LastName", "Hopper");
    }

    @Test
    void upsertFindsARecordByTheExternalIdItWasGivenLaterAndNotByItsOldOne() throws Exception {
        SObject first = lead("Grace", "Hopper", "COBOL Inc");
        first.setField("HubSpot_Id__c", "501");
        String id = connection.upsert("HubSpot_Id__c", new SObject[] {first})[0].getId();
        SObject renumbered = new SObject("Lead");
        renumbered.setId(id);
        renumbered.setField("HubSpot_Id__c", "ABC-9");
        connection.update(new SObject[] {renumbered});

        SObject byNewId = new SObject("Lead");
        byNewId.setField("HubSpot_Id__c", "abc-9");
        byNewId.setField("Title", "Rear Admiral");
        UpsertResult[] updated = connection.upsert("HubSpot_Id__c", new SObject[] {byNewId});
        SObject byOldId = lead("Ada", "Lovelace", "Analytical Engines Ltd");
        byOldId.setField("HubSpot_Id__c", "501");
        UpsertResult[] created = connection.upsert("HubSpot_Id__c", new SObject[] {byOldId});

        assertThat(updated[0].isCreated()).isFalse();
        assertThat(updated[0].getId()).isEqualTo(id);
        assertThat(created[0].isCreated()).isTrue();
        assertThat(emulator.count("Lead")).isEqualTo(2);
    }

    @Test
    void queryPagesWithTheBatchSizeFromQueryOptionsAndQueryMore() throws Exception {
        for (int i = 0; i < 450; i++) {
            emulator.create("Lead", Map.of("LastName", "Lead " + i, "Company", "Acme", "NumberOfEmployees",
                    String.valueOf(i)));
        }
        connection.setQueryOptions(200);

        QueryResult page1 = connection.query("SELECT Id, LastName, NumberOfEmployees FROM Lead"
                + " WHERE NumberOfEmployees >= 0 ORDER BY NumberOfEmployees DESC");
        QueryResult page2 = connection.queryMore(page1.getQueryLocator());
        QueryResult page3 = connection.queryMore(page2.getQueryLocator());

        assertThat(page1.getSize()).isEqualTo(450);
        assertThat(page1.isDone()).isFalse();
        assertThat(page1.getRecords()).hasSize(200);
        assertThat(page1.getRecords()[0].getField("LastName")).isEqualTo("Lead 449");
        assertThat(page1.getRecords()[0].getField("NumberOfEmployees")).isEqualTo("449");
        assertThat(page2.getRecords()).hasSize(200);
        assertThat(page3.getRecords()).hasSize(50);
        assertThat(page3.isDone()).isTrue();
        assertThat(page3.getQueryLocator()).isNull();
        assertThat(page3.getRecords()[49].getField("LastName")).isEqualTo("Lead 0");
        List<String> ids = new ArrayList<>();
        for (QueryResult page : List.of(page1, page2, page3)) {
            Arrays.stream(page.getRecords()).map(SObject::getId).forEach(ids::add);
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(450);
    }

    @Test
    void queryReadsOwnerFieldsThroughTheRelationship() throws Exception {
        String owner = emulator.create("User", Map.of("Username", "sdr@example.com", "LastName", "Rep",
                "Email", "sdr@example.com", "Alias", "srep"));
        emulator.create("Lead", Map.of("LastName", "Turing", "Company", "Bletchley Park", "OwnerId", owner));

        QueryResult result = connection.query("SELECT Id, Owner.Email, ConvertedContactId FROM Lead");

        SObject record = result.getRecords()[0];
        assertThat(record.getChild("Owner").getField("Email")).isEqualTo("sdr@example.com");
        assertThat(record.getField("ConvertedContactId")).isNull();
        assertThat(record.getChildren("Id")).toIterable().hasSize(2);
    }

    @Test
    void retrieveReadsRecordsByIdAndLeavesUnknownIdsEmpty() throws Exception {
        String id = emulator.create("Lead", Map.of("LastName", "Turing", "Company", "Bletchley Park"));

        SObject[] records = connection.retrieve("Id, LastName", "Lead", new String[] {id.substring(0, 15),
                "00Q5g0000000zzzAAA"});

        assertThat(records).hasSize(2);
        assertThat(records[0].getId()).isEqualTo(id);
        assertThat(records[0].getField("LastName")).isEqualTo("Turing");
        assertThat(records[1]).isNull();
        assertThatThrownBy(() -> connection.retrieve("Id FROM Lead WHERE", "Lead", new String[] {id}))
                .isInstanceOf(com.sforce.soap.partner.fault.InvalidFieldFault.class);
    }

    @Test
    void getUpdatedAndGetDeletedReportTheWindowAsSalesforceDoes() throws Exception {
        String kept = emulator.create("Lead", Map.of("LastName", "Kept", "Company", "Acme"));
        String gone = emulator.create("Lead", Map.of("LastName", "Gone", "Company", "Acme"));
        clock.advance(Duration.ofMinutes(3));
        DeleteResult[] deleted = connection.delete(new String[] {gone});
        clock.advance(Duration.ofMinutes(3));
        Calendar start = calendar(Instant.parse("2026-11-24T16:40:00Z"));
        Calendar end = calendar(clock.instant());

        GetUpdatedResult updated = connection.getUpdated("Lead", start, end);
        GetDeletedResult removed = connection.getDeleted("Lead", start, end);

        assertThat(deleted[0].isSuccess()).isTrue();
        assertThat(emulator.count("Lead")).as("live Leads").isEqualTo(1);
        assertThat(updated.getIds()).containsExactly(kept);
        assertThat(removed.getDeletedRecords()).hasSize(1);
        assertThat(removed.getDeletedRecords()[0].getId()).isEqualTo(gone);
        assertThat(removed.getDeletedRecords()[0].getDeletedDate().toInstant())
                .isEqualTo(Instant.parse("2026-11-24T16:44:03.250Z"));
        assertThat(removed.getLatestDateCovered().toInstant()).isEqualTo(Instant.parse("2026-11-24T16:47:00Z"));
        assertThat(removed.getEarliestDateAvailable().toInstant()).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(emulator.count("Lead")).isEqualTo(1);
    }

    @Test
    void aMergedLeadIsDeletedNamingItsMasterWhichKeepsItsValues() throws Exception {
        String master = emulator.create("Lead", Map.of("LastName", "Lovelace", "Company", "Acme", "Title", "CTO"));
        String merged = emulator.create("Lead", Map.of("LastName", "Lovelace", "Company", "Acme Ltd"));
        Calendar start = calendar(clock.instant().minus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(3));

        emulator.merge(master, merged);
        clock.advance(Duration.ofMinutes(2));

        GetDeletedResult removed = connection.getDeleted("Lead", start, calendar(clock.instant()));
        assertThat(removed.getDeletedRecords()).extracting(r -> r.getId()).containsExactly(merged);
        QueryResult all = connection.queryAll("SELECT Id, MasterRecordId FROM Lead WHERE Id IN ('" + merged + "', '"
                + master + "') ORDER BY Id");
        assertThat(all.getRecords()).extracting(r -> r.getId() + " " + r.getField("MasterRecordId"))
                .containsExactly(master + " null", merged + " " + master);
        assertThat(emulator.find(master).orElseThrow()).containsEntry("Company", "Acme").containsEntry("Title", "CTO");
        assertThat(emulator.count("Lead")).isEqualTo(1);
        assertThatThrownBy(() -> emulator.merge(master, merged)).hasMessageContaining("entity is deleted");
    }

    @Test
    void theMergeCallMergesEachRequestAloneAndRefusesARecordAlreadyMerged() throws Exception {
        String master = emulator.create("Lead", Map.of("LastName", "Lovelace", "Company", "Acme"));
        String merged = emulator.create("Lead", Map.of("LastName", "Lovelace", "Company", "Acme Ltd"));
        MergeRequest request = new MergeRequest();
        SObject masterRecord = new SObject();
        masterRecord.setType("Lead");
        masterRecord.setId(master);
        request.setMasterRecord(masterRecord);
        request.setRecordToMergeIds(new String[] {merged});

        MergeResult[] first = connection.merge(new MergeRequest[] {request});
        MergeResult[] again = connection.merge(new MergeRequest[] {request});

        assertThat(first[0].isSuccess()).isTrue();
        assertThat(first[0].getMergedRecordIds()).containsExactly(merged);
        assertThat(emulator.find(merged).orElseThrow()).containsEntry("IsDeleted", "true")
                .containsEntry("MasterRecordId", master);
        assertThat(again[0].isSuccess()).isFalse();
        assertThat(again[0].getErrors()[0].getStatusCode().name()).isEqualTo("ENTITY_IS_DELETED");
    }

    @Test
    void describeListsFieldsTypesExternalIdsAndTheLeadStatusPicklist() throws Exception {
        DescribeSObjectResult lead = connection.describeSObject("Lead");

        assertThat(lead.getName()).isEqualTo("Lead");
        assertThat(lead.getKeyPrefix()).isEqualTo("00Q");
        Field status = field(lead, "Status");
        assertThat(status.getType()).isEqualTo(com.sforce.soap.partner.FieldType.picklist);
        assertThat(Arrays.stream(status.getPicklistValues()).map(PicklistEntry::getValue)).containsExactly(
                "Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted");
        assertThat(Arrays.stream(status.getPicklistValues()).filter(PicklistEntry::isDefaultValue)
                .map(PicklistEntry::getValue)).containsExactly("Open - Not Contacted");
        assertThat(field(lead, "HubSpot_Id__c").isExternalId()).isTrue();
        assertThat(field(lead, "HubSpot_Id__c").isUnique()).isTrue();
        assertThat(field(lead, "LastName").isNillable()).isFalse();
        assertThat(field(lead, "SystemModstamp").getType()).isEqualTo(com.sforce.soap.partner.FieldType.datetime);
        assertThat(field(lead, "OwnerId").getReferenceTo()).containsExactly("User");
    }

    @Test
    void convertLeadCreatesAccountContactAndOpportunityUnlessToldNotTo() throws Exception {
        String withOpportunity = emulator.create("Lead", Map.of("FirstName", "Ada", "LastName", "Lovelace",
                "Company", "Analytical Engines Ltd", "Email", "ada@example.com"));
        String without = emulator.create("Lead", Map.of("LastName", "Hopper", "Company", "COBOL Inc"));

        LeadConvertResult[] results = connection.convertLead(new LeadConvert[] {
                convert(withOpportunity, false), convert(without, true)});

        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getAccountId()).startsWith("001");
        assertThat(results[0].getContactId()).startsWith("003");
        assertThat(results[0].getOpportunityId()).startsWith("006");
        assertThat(results[1].isSuccess()).isTrue();
        assertThat(results[1].getOpportunityId()).isNull();
        Map<String, String> lead = emulator.find(withOpportunity).orElseThrow();
        assertThat(lead).containsEntry("IsConverted", "true").containsEntry("Status", "Closed - Converted")
                .containsEntry("ConvertedContactId", results[0].getContactId())
                .containsEntry("ConvertedAccountId", results[0].getAccountId())
                .containsEntry("ConvertedDate", "2026-11-24");
        assertThat(emulator.find(results[0].getContactId()).orElseThrow())
                .containsEntry("Email", "ada@example.com").containsEntry("AccountId", results[0].getAccountId());
        assertThat(emulator.find(results[0].getAccountId()).orElseThrow())
                .containsEntry("Name", "Analytical Engines Ltd");
        assertThat(emulator.count("Opportunity")).isEqualTo(1);
    }

    @Test
    void concurrentClientsSeeOneConsistentOrg() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> work = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            int offset = client * 25;
            work.add(clients.submit(() -> {
                PartnerConnection own = Partner.connect(emulator);
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    SObject lead = lead("Client", "Lead " + (offset + i), "Acme");
                    lead.setField("HubSpot_Id__c", String.valueOf(offset + i));
                    ids.add(own.upsert("HubSpot_Id__c", new SObject[] {lead})[0].getId());
                }
                return ids;
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<List<String>> result : work) {
            ids.addAll(result.get(30, TimeUnit.SECONDS));
        }
        clients.shutdown();

        assertThat(ids).hasSize(200).doesNotHaveDuplicates().allMatch(id -> id != null && id.startsWith("00Q"));
        assertThat(emulator.count("Lead")).isEqualTo(200);
        assertThat(emulator.apiRequestsUsed()).isEqualTo(200);
        assertThat(connection.query("SELECT COUNT() FROM Lead WHERE HubSpot_Id__c != null").getSize())
                .isEqualTo(200);
    }

    private static LeadConvert convert(String leadId, boolean doNotCreateOpportunity) {
        LeadConvert convert = new LeadConvert();
        convert.setLeadId(leadId);
        convert.setConvertedStatus("Closed - Converted");
        convert.setDoNotCreateOpportunity(doNotCreateOpportunity);
        return convert;
    }

    private static Field field(DescribeSObjectResult result, String name) {
        return Arrays.stream(result.getFields()).filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    private static SObject lead(String first, String last, String company) {
        SObject lead = new SObject("Lead");
        lead.setField("FirstName", first);
        lead.setField("LastName", last);
        lead.setField("Company", company);
        return lead;
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
