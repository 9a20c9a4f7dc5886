package io.leadbridge.app.touch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.SalesforceOutboundMessages;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Touches on the webhook path through the running app (ADR 0029): a call logged as a Salesforce Task and a meeting
 * logged as an Event, announced by an outbound message, reach the HubSpot contact as a call and a meeting and are
 * counted in its SDR-context note, with the touch poller set to run once an hour; the same message delivered again
 * is stored once and writes nothing more.
 */
abstract class TouchesByOutboundMessageScenario extends EmulatorScenario {

    static final Duration PROPAGATION = Duration.ofSeconds(40);
    static final String KIM = "kim.larsen@fjordline.example";

    @Test
    void aTaskAndAnEventAnnouncedByOutboundMessageReachHubSpotOnceWithoutTheTouchPoller() throws Exception {
        Map<String, String> properties = new HashMap<>(crms.appProperties(database));
        properties.put("connector.sync.touches.poll-interval", "1h");
        properties.put("connector.sync.touches.wait-interval", "300ms");
        try (RunningApp app = RunningApp.start(properties)) {
            long contactId = crms.hubspot().create(ObjectType.CONTACTS, Map.of("email", KIM, "firstname", "Kim",
                    "lastname", "Larsen", "company", "Fjordline AS")).id();
            String leadId = await().atMost(PROPAGATION).until(() -> crms.salesforce().list("Lead").stream()
                    .filter(lead -> KIM.equals(lead.get("Email"))).map(lead -> lead.get("Id")).findFirst(),
                    Optional::isPresent).orElseThrow();
            String taskId = crms.salesforce().create("Task", Map.of("WhoId", leadId, "Subject", "Discovery call",
                    "TaskSubtype", "Call", "Status", "Completed", "Description", "Talked about pricing",
                    "CallDisposition", "Connected", "ActivityDate", "2026-11-25"));
            String eventId = crms.salesforce().create("Event", Map.of("WhoId", leadId, "Subject", "Pricing review",
                    "StartDateTime", "2026-12-03T09:30:00Z", "EndDateTime", "2026-12-03T10:00:00Z"));
            String message = outboundMessage(crms.salesforce().organizationId(),
                    notification("04l000000000001AAA", "Task", taskId),
                    notification("04l000000000002AAA", "Event", eventId));

            assertThat(SalesforceOutboundMessages.post(app, message).statusCode()).isEqualTo(200);
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(engagementsOn(ObjectType.CALLS, contactId)).singleElement()
                        .satisfies(call -> assertThat(call.property("hs_call_body").orElseThrow())
                                .contains("Talked about pricing").contains("SALESFORCE:Task:" + taskId));
                assertThat(engagementsOn(ObjectType.MEETINGS, contactId)).singleElement()
                        .satisfies(meeting -> assertThat(meeting.property("hs_meeting_body").orElseThrow())
                                .contains("SALESFORCE:Event:" + eventId));
                assertThat(summaryOn(contactId)).contains("Touches: 2 (").contains("1 call").contains("1 meeting");
            });
            awaitNothingPending(app);

            assertThat(SalesforceOutboundMessages.post(app, message).statusCode()).as("Salesforce delivers the message again").isEqualTo(200);
            awaitNothingPending(app);

            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM salesforce_outbound_message WHERE object_type IN "
                    + "('Task', 'Event')").query(Long.class).single()).as("each notification stored once")
                    .isEqualTo(2);
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM touch_inbox WHERE source_id IN (?, ?)")
                    .params(taskId, eventId).query(Long.class).single()).isEqualTo(2);
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM stream_watermark WHERE stream_key IN "
                    + "('salesforce.tasks', 'salesforce.events') AND record_id IN (?, ?)").params(taskId, eventId)
                    .query(Long.class).single()).as("the touch poller read neither").isZero();
            assertThat(engagementsOn(ObjectType.CALLS, contactId)).hasSize(1);
            assertThat(engagementsOn(ObjectType.MEETINGS, contactId)).hasSize(1);
            assertThat(engagementsOn(ObjectType.NOTES, contactId)).as("only the SDR-context note").hasSize(1);
        }
    }

    private String summaryOn(long contactId) {
        return engagementsOn(ObjectType.NOTES, contactId).stream()
                .map(note -> note.property("hs_note_body").orElse(""))
                .filter(body -> body.startsWith(SdrContextNote.TITLE)).findFirst().orElse("");
    }

    private List<HubSpotRecord> engagementsOn(ObjectType type, long contactId) {
        return crms.hubspot().records(type).stream()
                .filter(r -> crms.hubspot().associatedIds(type, r.id(), ObjectType.CONTACTS).contains(contactId))
                .toList();
    }

    private static void awaitNothingPending(RunningApp app) {
        await().atMost(PROPAGATION).untilAsserted(() -> {
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM salesforce_outbound_message WHERE processed_at IS NULL")
                    .query(Long.class).single()).isZero();
            assertThat(app.jdbc().sql("SELECT COUNT(*) FROM touch_inbox WHERE status = 'PENDING'")
                    .query(Long.class).single()).isZero();
        });
    }

    private static String notification(String notificationId, String object, String recordId) {
        return """
                   <Notification>
                    <Id>%s</Id>
                    <sObject xsi:type="sf:%s" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">
                     <sf:Id>%s</sf:Id>
                    </sObject>
                   </Notification>
                """.formatted(notificationId, object, recordId);
    }

    private static String outboundMessage(String organizationId, String... notifications) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                 <soapenv:Body>
                  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
                   <OrganizationId>%s</OrganizationId>
                   <ActionId>04k000000000001AAA</ActionId>
                   <SessionId xsi:nil="true"/>
                   <EnterpriseUrl>https://example.my.salesforce.com/services/Soap/c/65.0/x</EnterpriseUrl>
                   <PartnerUrl>https://example.my.salesforce.com/services/Soap/u/65.0/x</PartnerUrl>
                %s  </notifications>
                 </soapenv:Body>
                </soapenv:Envelope>
                """.formatted(organizationId, String.join("", notifications));
    }

}
