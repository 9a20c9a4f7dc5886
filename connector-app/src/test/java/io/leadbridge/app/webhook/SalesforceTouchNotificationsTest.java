package io.leadbridge.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.persistence.JdbcChangeInbox;
import io.leadbridge.app.persistence.JdbcOutboundMessageStore;
import io.leadbridge.app.persistence.JdbcTouchInbox;
import io.leadbridge.app.persistence.JdbcWatermarkStore;
import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.touch.TouchIntake;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceSettings;
import io.leadbridge.salesforce.outbound.OutboundMessage;
import io.leadbridge.salesforce.outbound.OutboundNotification;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Task and Event branch of {@link SalesforceOutboundMessageProcessor} against the Salesforce emulator and H2:
 * the named records are read as the touch poller reads them, stored once, the notifications marked processed and
 * the touch inbox drained; a deleted record is counted and its notification processed; with Salesforce down the
 * touch notifications wait.
 */
class SalesforceTouchNotificationsTest {

    private static final String ORG = "00D5g000004AbCdEAK";

    @TempDir
    Path directory;

    private SalesforceEmulator salesforce;
    private MigratedDatabase db;
    private JdbcOutboundMessageStore notifications;
    private JdbcTouchInbox touchInbox;
    private TouchIntake intake;
    private final List<Integer> drained = new ArrayList<>();
    private String leadId;

    @BeforeEach
    void start() {
        salesforce = SalesforceEmulator.start(SalesforceOptions.builder().port(0).build());
        db = new MigratedDatabase(TestDatabase.h2File(directory));
        notifications = new JdbcOutboundMessageStore(db.jdbc(), Clock.systemUTC());
        touchInbox = new JdbcTouchInbox(db.jdbc());
        intake = new TouchIntake(touchInbox, new JdbcWatermarkStore(db.jdbc(), db.tx(), Clock.systemUTC()), Clock.systemUTC(), 100, 5);
        leadId = salesforce.create("Lead", Map.of("LastName", "Larsen", "Company", "Fjordline AS"));
    }

    @AfterEach
    void stop() {
        db.close();
        salesforce.close();
    }

    @Test
    void namedTasksAndEventsAreStoredOnceAsTouchesThenTheirNotificationsProcessedAndTheInboxDrained() {
        SalesforceAdapter adapter = adapter(salesforce.baseUrl());
        String call = salesforce.create("Task", Map.of("WhoId", leadId, "Subject", "Discovery call",
                "TaskSubtype", "Call", "Status", "Completed", "CallDisposition", "Connected"));
        String meeting = salesforce.create("Event", Map.of("WhoId", leadId, "Subject", "Demo",
                "StartDateTime", "2026-12-01T14:00:00Z", "EndDateTime", "2026-12-01T14:30:00Z"));
        String deleted = salesforce.create("Task", Map.of("WhoId", leadId, "Subject", "Logged by mistake"));
        salesforce.delete(deleted);
        notifications.storeNew(message(new OutboundNotification("04l000000000001AAA", "Task", call, Map.of()),
                new OutboundNotification("04l000000000002AAA", "Event", meeting, Map.of()),
                new OutboundNotification("04l000000000003AAA", "Task", call, Map.of()),
                new OutboundNotification("04l000000000004AAA", "Task", deleted, Map.of()),
                new OutboundNotification("04l000000000005AAA", "Opportunity", "006000000000001AAA", Map.of())));

        SalesforceOutboundMessageProcessor.Report report = processor(adapter, true).processPending(200);

        assertThat(report).isEqualTo(new SalesforceOutboundMessageProcessor.Report(5, 0, 0, 0, 2, 2, 1, true));
        assertThat(db.jdbc().sql("SELECT source_type || ':' || source_id FROM touch_inbox ORDER BY source_type")
                .query(String.class).list()).containsExactly("Event:" + meeting, "Task:" + call);
        assertThat(pendingNotifications()).isZero();
        assertThat(drained).containsExactly(2);
        assertThat(intake.poll(adapter.taskFeed())).as("the poller rereads the call: kept once").isZero();
        assertThat(intake.poll(adapter.eventFeed())).isZero();
    }

    @Test
    void aTaskStoredByThePollerFirstIsNeitherReadNorDrainedAgain() {
        SalesforceAdapter adapter = adapter(salesforce.baseUrl());
        String call = salesforce.create("Task", Map.of("WhoId", leadId, "Subject", "Voicemail left",
                "TaskSubtype", "Call"));
        assertThat(intake.poll(adapter.taskFeed())).isEqualTo(1);
        notifications.storeNew(message(new OutboundNotification("04l000000000001AAA", "Task", call, Map.of())));

        SalesforceOutboundMessageProcessor.Report report = processor(adapter, true).processPending(200);

        assertThat(report.touchesKnown()).as("not read again").isEqualTo(1);
        assertThat(report.touchesRead()).isZero();
        assertThat(report.touchesStored()).isZero();
        assertThat(touchInbox.pendingCount()).isEqualTo(1);
        assertThat(pendingNotifications()).isZero();
        assertThat(drained).isEmpty();
    }

    @Test
    void whenSalesforceCannotBeReadTheTouchNotificationsWaitAndNothingIsDrained() {
        SalesforceAdapter unreachable = adapter("http://localhost:" + closedPort());
        notifications.storeNew(message(new OutboundNotification("04l000000000001AAA", "Task", "00T000000000001AAA",
                        Map.of()),
                new OutboundNotification("04l000000000002AAA", "Opportunity", "006000000000001AAA", Map.of())));

        SalesforceOutboundMessageProcessor.Report report = processor(unreachable, true).processPending(200);

        assertThat(report.settled()).isFalse();
        assertThat(db.jdbc().sql("SELECT object_type FROM salesforce_outbound_message WHERE processed_at IS NULL")
                .query(String.class).list()).containsExactly("Task");
        assertThat(touchInbox.pendingCount()).isZero();
        assertThat(drained).isEmpty();
    }

    @Test
    void withTouchMirroringOffTaskNotificationsAreProcessedWithoutARead() {
        SalesforceAdapter unreachable = adapter("http://localhost:" + closedPort());
        notifications.storeNew(message(new OutboundNotification("04l000000000001AAA", "Task", "00T000000000001AAA",
                Map.of())));

        SalesforceOutboundMessageProcessor.Report report = processor(unreachable, false).processPending(200);

        assertThat(report).isEqualTo(new SalesforceOutboundMessageProcessor.Report(1, 0, 0, 0, 0, 0, 0, true));
        assertThat(pendingNotifications()).isZero();
        assertThat(touchInbox.pendingCount()).isZero();
    }

    private SalesforceOutboundMessageProcessor processor(SalesforceAdapter adapter, boolean touchesOn) {
        Optional<SalesforceTouchNotifications> touches = touchesOn
                ? Optional.of(new SalesforceTouchNotifications(Map.of("Task", adapter.taskFeed(), "Event",
                        adapter.eventFeed()), touchInbox, intake, drained::add))
                : Optional.empty();
        return new SalesforceOutboundMessageProcessor(notifications,
                adapter.leadLookup(FieldMappingsFixture.standard()),
                new JdbcChangeInbox(db.jdbc(), db.tx(), Clock.systemUTC()), touches);
    }

    private SalesforceAdapter adapter(String baseUrl) {
        SalesforceOptions org = salesforce.options();
        return SalesforceAdapter.connect(new SalesforceSettings(URI.create(baseUrl), org.organizationId(),
                SalesforceEmulator.API_VERSION, Optional.empty(),
                Optional.of(URI.create(salesforce.tokenUrl().replace(salesforce.baseUrl(), baseUrl))),
                Optional.of(org.clientId()), Optional.of(org.clientSecret()), LeadWrites.HUBSPOT_ID_FIELD,
                Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    private long pendingNotifications() {
        return db.jdbc().sql("SELECT COUNT(*) FROM salesforce_outbound_message WHERE processed_at IS NULL")
                .query(Long.class).single();
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static OutboundMessage message(OutboundNotification... notifications) {
        return new OutboundMessage(ORG, "04k000000000001AAA", List.of(notifications));
    }
}
