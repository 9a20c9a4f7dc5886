package io.leadbridge.sandbox.salesforce.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.JobStateEnum;
import com.sforce.async.OperationEnum;
import com.sforce.async.QueryResultList;
import com.sforce.ws.ConnectorConfig;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import io.leadbridge.sandbox.salesforce.support.Partner;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** force-wsc's BulkConnection (Bulk API 1.0) running query jobs against the emulator. */
class BulkQueryTest {

    private SalesforceEmulator emulator;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.start(SalesforceOptions.builder().build());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aQueryJobAnswersCsvWithQuotedValuesAndRelationshipColumns() throws Exception {
        String owner = emulator.create("User", Map.of("Username", "sdr@example.com", "LastName", "Rep",
                "Email", "sdr@example.com", "Alias", "srep"));
        String ada = emulator.create("Lead", Map.of("FirstName", "Ada", "LastName", "Lovelace, \"Countess\"",
                "Company", "Analytical Engines Ltd", "OwnerId", owner));
        String grace = emulator.create("Lead", Map.of("LastName", "Hopper", "Company", "COBOL Inc"));
        BulkConnection bulk = bulk(Partner.accessToken(emulator));

        JobInfo job = bulk.createJob(queryJob(OperationEnum.query));
        BatchInfo added = bulk.createBatchFromStream(job, soql("SELECT Id, FirstName, LastName, Owner.Email FROM Lead"
                + " ORDER BY LastName DESC"));
        JobInfo closed = bulk.closeJob(job.getId());
        BatchInfo done = bulk.getBatchInfo(job.getId(), added.getId());
        QueryResultList results = bulk.getQueryResultList(job.getId(), added.getId());
        String csv = read(bulk.getQueryResultStream(job.getId(), added.getId(), results.getResult()[0]));

        assertThat(job.getId()).startsWith("750");
        assertThat(job.getState()).isEqualTo(JobStateEnum.Open);
        assertThat(job.getObject()).isEqualTo("Lead");
        assertThat(added.getState()).isEqualTo(BatchStateEnum.Queued);
        assertThat(closed.getState()).isEqualTo(JobStateEnum.Closed);
        assertThat(done.getState()).isEqualTo(BatchStateEnum.Completed);
        assertThat(done.getNumberRecordsProcessed()).isEqualTo(2);
        assertThat(results.getResult()).hasSize(1);
        assertThat(csv).isEqualTo("\"Id\",\"FirstName\",\"LastName\",\"Owner.Email\"\n"
                + "\"" + ada + "\",\"Ada\",\"Lovelace, \"\"Countess\"\"\",\"sdr@example.com\"\n"
                + "\"" + grace + "\",\"\",\"Hopper\",\"integration@sandbox.leadbridge.invalid\"\n");
        assertThat(emulator.apiRequestsUsed()).isEqualTo(6);
    }

    @Test
    void aQueryAllJobSeesTheRecycleBinAndABadQueryFailsItsBatch() throws Exception {
        String gone = emulator.create("Lead", Map.of("LastName", "Gone", "Company", "Acme"));
        emulator.delete(gone);
        BulkConnection bulk = bulk(Partner.accessToken(emulator));

        JobInfo job = bulk.createJob(queryJob(OperationEnum.queryAll));
        BatchInfo deleted = bulk.createBatchFromStream(job, soql("SELECT Id FROM Lead WHERE IsDeleted = true"));
        BatchInfo bad = bulk.createBatchFromStream(job, soql("SELECT Id, Bogus__c FROM Lead"));

        String csv = read(bulk.getQueryResultStream(job.getId(), deleted.getId(),
                bulk.getQueryResultList(job.getId(), deleted.getId()).getResult()[0]));
        assertThat(csv).isEqualTo("\"Id\"\n\"" + gone + "\"\n");
        BatchInfo failed = bulk.getBatchInfo(job.getId(), bad.getId());
        assertThat(failed.getState()).isEqualTo(BatchStateEnum.Failed);
        assertThat(failed.getStateMessage()).startsWith("InvalidBatch : Failed to process query: INVALID_FIELD:")
                .contains("No such column 'Bogus__c' on entity 'Lead'");
        assertThat(bulk.getBatchInfoList(job.getId()).getBatchInfo()).hasSize(2);
    }

    @Test
    void aBadSessionAndAnUnsupportedOperationAreRefusedWithBulkErrors() throws Exception {
        assertThatThrownBy(() -> bulk("00D5g00000LbEmu!AQforged").createJob(queryJob(OperationEnum.query)))
                .isInstanceOfSatisfying(AsyncApiException.class, e ->
                        assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidSessionId));
        JobInfo insert = queryJob(OperationEnum.insert);
        assertThatThrownBy(() -> bulk(Partner.accessToken(emulator)).createJob(insert))
                .isInstanceOfSatisfying(AsyncApiException.class, e ->
                        assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.FeatureNotEnabled));
    }

    private BulkConnection bulk(String token) throws AsyncApiException {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(token);
        config.setRestEndpoint(emulator.bulkEndpoint());
        config.setConnectionTimeout(5_000);
        config.setReadTimeout(30_000);
        return new BulkConnection(config);
    }

    private static JobInfo queryJob(OperationEnum operation) {
        JobInfo job = new JobInfo();
        job.setObject("Lead");
        job.setOperation(operation);
        job.setContentType(ContentType.CSV);
        return job;
    }

    private static InputStream soql(String soql) {
        return new ByteArrayInputStream(soql.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(InputStream in) throws Exception {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
