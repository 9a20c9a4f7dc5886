package io.leadbridge.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SharedSpecs.soapFixture;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.salesforce.support.SoapResponses;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforceTouchSinkTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    private static final ExternalRef LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF");

    @Test
    void anEmailBecomesACompletedEmailTaskOnTheLead() {
        wm.stubFor(soapCall("create").willReturn(soapResponse(soapFixture("create-task-response.xml"))));

        List<WriteResult> results = sink().mirror(List.of(new MirroredTouch(touch(Touch.TouchChannel.EMAIL,
                "Re: pricing", Instant.parse("2025-06-01T23:30:00Z")), LEAD)));

        assertThat(results).containsExactly(new WriteResult.Written(
                new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T5g00000XyZ12EAB"), true));
        wm.verify(1, soapRequest("create")
                .withRequestBody(matchingXPath(task("type", "Task")))
                .withRequestBody(matchingXPath(task("WhoId", "00Q5g00000AbCd1EAF")))
                .withRequestBody(matchingXPath(task("Subject", "Email: Re: pricing")))
                .withRequestBody(matchingXPath(task("Status", "Completed")))
                .withRequestBody(matchingXPath(task("TaskSubtype", "Email")))
                .withRequestBody(matchingXPath(task("ActivityDate", "2025-06-01")))
                .withRequestBody(matchingXPath(operation("create") + "/*[local-name()='sObjects']"
                        + "/*[local-name()='Description'][contains(text(), 'Mirrored by Leadbridge from HUBSPOT:email:4711')]")));
    }

    @Test
    void callsAndVoicemailsAreCallTasksAndOtherTouchesPlainTasks() {
        wm.stubFor(soapCall("create").willReturn(soapResponse(created(3))));
        Instant at = Instant.parse("2025-06-02T09:00:00Z");

        sink().mirror(List.of(new MirroredTouch(touch(Touch.TouchChannel.CALL, "Discovery", at), LEAD),
                new MirroredTouch(touch(Touch.TouchChannel.VOICEMAIL, "", at), LEAD),
                new MirroredTouch(touch(Touch.TouchChannel.LINKEDIN, "Connect", at), LEAD)));

        wm.verify(soapRequest("create")
                .withRequestBody(matchingXPath(nth(1, "TaskSubtype", "Call")))
                .withRequestBody(matchingXPath(nth(2, "TaskSubtype", "Call")))
                .withRequestBody(matchingXPath(nth(2, "Subject", "Voicemail")))
                .withRequestBody(matchingXPath(nth(3, "TaskSubtype", "Task"))));
    }

    @Test
    void aLongDescriptionIsCutAt32000CharactersWithoutSplittingAnEmoji() {
        wm.stubFor(soapCall("create").willReturn(soapResponse(soapFixture("create-task-response.xml"))));
        String note = "x".repeat(31_999) + "😀 and more";

        sink().mirror(List.of(new MirroredTouch(touch(Touch.TouchChannel.NOTE, "Handoff", Instant.now()), LEAD, note)));

        wm.verify(soapRequest("create").withRequestBody(matchingXPath(operation("create")
                + "/*[local-name()='sObjects']/*[local-name()='Description'][string-length(text()) = 31999]")));
    }

    @Test
    void aThousandTouchesAreCreatedInFiveCallsAndARejectedTaskFailsAlone() {
        String answer = created(200).replaceFirst("<result><id>[^<]+</id><success>true</success></result>",
                "<result><errors><fields>ActivityDate</fields><message>invalid date</message>"
                        + "<statusCode>INVALID_FIELD_FOR_INSERT_UPDATE</statusCode></errors><id xsi:nil=\"true\"/>"
                        + "<success>false</success></result>");
        wm.stubFor(soapCall("create").willReturn(soapResponse(answer)));
        List<MirroredTouch> touches = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            touches.add(new MirroredTouch(touch(Touch.TouchChannel.EMAIL, "Step " + i, Instant.now()), LEAD));
        }

        List<WriteResult> results = sink().mirror(touches);

        assertThat(results).hasSize(1000);
        assertThat(results.get(0)).isEqualTo(new WriteResult.Failed(new SyncFailure.Permanent(
                "INVALID_FIELD_FOR_INSERT_UPDATE", "invalid date", "", List.of("ActivityDate"))));
        assertThat(results.subList(1, 200)).allMatch(WriteResult.Written.class::isInstance);
        wm.verify(5, soapRequest("create"));
    }

    @Test
    void aCoreMirrorBecomesACompletedTaskOnItsLeadCarryingItsLeadbridgeKey() {
        wm.stubFor(soapCall("create").willReturn(soapResponse(soapFixture("create-task-response.xml"))));
        ExternalRef email = new ExternalRef(CrmSystem.HUBSPOT, "email", "88120455401");
        String key = IdempotencyKeys.mirrorOf(email, CrmSystem.SALESFORCE);
        MirroredActivity activity = new MirroredActivity(LEAD, email, Touch.TouchChannel.EMAIL,
                Touch.TouchDirection.OUTBOUND, "sdr@example.com", "Intro: Leadbridge for Acme", "Hi Kim,",
                Instant.parse("2025-06-03T08:15:00Z"), Optional.empty(), Optional.of(1), key);

        List<WriteResult> results = sink().write(List.of(activity));

        assertThat(results).containsExactly(new WriteResult.Written(
                new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T5g00000XyZ12EAB"), true));
        assertThat(sink().system()).isEqualTo(CrmSystem.SALESFORCE);
        assertThat(sink().maxBatchSize()).isEqualTo(200);
        wm.verify(1, soapRequest("create")
                .withRequestBody(matchingXPath(task("WhoId", "00Q5g00000AbCd1EAF")))
                .withRequestBody(matchingXPath(task("Subject", "Email: Intro: Leadbridge for Acme")))
                .withRequestBody(matchingXPath(task("Status", "Completed")))
                .withRequestBody(matchingXPath(task("ActivityDate", "2025-06-03")))
                .withRequestBody(matchingXPath(operation("create") + "/*[local-name()='sObjects']"
                        + "/*[local-name()='Description'][starts-with(text(), 'Hi Kim,')]"
                        + "[contains(text(), 'Leadbridge key: " + key + "')]")));
    }

    @Test
    void aMeetingBecomesAnEventOnTheLeadWithItsStartEndAndLeadbridgeKey() {
        wm.stubFor(soapCall("create").willReturn(soapResponse(created(1).replace("00T5g0000", "00U5g0000"))));
        ExternalRef meeting = new ExternalRef(CrmSystem.HUBSPOT, "meeting", "9001");
        String key = IdempotencyKeys.mirrorOf(meeting, CrmSystem.SALESFORCE);
        MirroredActivity activity = new MirroredActivity(LEAD, meeting, Touch.TouchChannel.MEETING,
                Touch.TouchDirection.OUTBOUND, "sdr@example.com", "Discovery call", "Agenda: budget",
                Instant.parse("2025-06-04T14:00:00Z"), Optional.of("scheduled"), Optional.empty(), key,
                Optional.of(Instant.parse("2025-06-04T14:45:00Z")));

        List<WriteResult> results = sink().write(List.of(activity));

        assertThat(results).containsExactly(new WriteResult.Written(
                new ExternalRef(CrmSystem.SALESFORCE, "Event", "00U5g0000000000EAB"), true));
        wm.verify(1, soapRequest("create")
                .withRequestBody(matchingXPath(task("type", "Event")))
                .withRequestBody(matchingXPath(task("WhoId", "00Q5g00000AbCd1EAF")))
                .withRequestBody(matchingXPath(task("Subject", "Discovery call")))
                .withRequestBody(matchingXPath(task("StartDateTime", "2025-06-04T14:00:00Z")))
                .withRequestBody(matchingXPath(task("EndDateTime", "2025-06-04T14:45:00Z")))
                .withRequestBody(matchingXPath(task("Type", "Meeting")))
                .withRequestBody(matchingXPath(operation("create") + "/*[local-name()='sObjects']"
                        + "/*[local-name()='Description'][contains(text(), 'outcome: scheduled')]"
                        + "[contains(text(), 'Leadbridge key: " + key + "')]")));
        wm.verify(0, soapRequest("create").withRequestBody(matchingXPath(operation("create")
                + "/*[local-name()='sObjects']/*[local-name()='Status']")));
    }

    @Test
    void aMeetingWithoutAnEndEndsWhenItStarts() {
        wm.stubFor(soapCall("create").willReturn(soapResponse(created(1))));

        sink().mirror(List.of(new MirroredTouch(touch(Touch.TouchChannel.MEETING, "",
                Instant.parse("2025-06-04T14:00:00Z")), LEAD)));

        wm.verify(soapRequest("create")
                .withRequestBody(matchingXPath(task("Subject", "Meeting")))
                .withRequestBody(matchingXPath(task("StartDateTime", "2025-06-04T14:00:00Z")))
                .withRequestBody(matchingXPath(task("EndDateTime", "2025-06-04T14:00:00Z"))));
    }

    @Test
    void tasksAndEventsOfOneBatchGoInOneCallAndAnswerInInputOrder() {
        String answer = SoapResponses.envelope("<createResponse>"
                + "<result><id>00T5g0000000001EAB</id><success>true</success></result>"
                + "<result><id>00T5g0000000002EAB</id><success>true</success></result>"
                + "<result><id>00U5g0000000003EAB</id><success>true</success></result>"
                + "</createResponse>", 45);
        wm.stubFor(soapCall("create").willReturn(soapResponse(answer)));
        Instant at = Instant.parse("2025-06-02T09:00:00Z");

        List<WriteResult> results = sink().mirror(List.of(
                new MirroredTouch(touch(Touch.TouchChannel.EMAIL, "Hello", at), LEAD),
                new MirroredTouch(touch(Touch.TouchChannel.MEETING, "Demo", at), LEAD),
                new MirroredTouch(touch(Touch.TouchChannel.CALL, "Follow-up", at), LEAD)));

        assertThat(results).containsExactly(
                new WriteResult.Written(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T5g0000000001EAB"), true),
                new WriteResult.Written(new ExternalRef(CrmSystem.SALESFORCE, "Event", "00U5g0000000003EAB"), true),
                new WriteResult.Written(new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T5g0000000002EAB"), true));
        wm.verify(1, soapRequest("create")
                .withRequestBody(matchingXPath(nth(1, "Subject", "Email: Hello")))
                .withRequestBody(matchingXPath(nth(2, "Subject", "Call: Follow-up")))
                .withRequestBody(matchingXPath(nth(3, "type", "Event"))));
    }

    @Test
    void aTaskIsOnlyLoggedOnALeadOrContact() {
        assertThatThrownBy(() -> new MirroredTouch(touch(Touch.TouchChannel.EMAIL, "x", Instant.now()),
                new ExternalRef(CrmSystem.SALESFORCE, "Account", "0015g00000AbCd7AAB")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Lead or Contact");
    }

    private SalesforceTouchSink sink() {
        return SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl())).touchSink();
    }

    private static Touch touch(Touch.TouchChannel channel, String subject, Instant at) {
        return new Touch(new ExternalRef(CrmSystem.HUBSPOT, "email", "4711"), channel, Touch.TouchDirection.OUTBOUND,
                at, "sdr@example.com", subject, "Thanks for your time today.", Optional.empty(), Optional.of(2));
    }

    private static String task(String field, String value) {
        return nth(1, field, value);
    }

    private static String nth(int index, String field, String value) {
        return operation("create") + "/*[local-name()='sObjects'][" + index + "]/*[local-name()='" + field
                + "'][text()='" + value + "']";
    }

    private static String created(int count) {
        StringBuilder results = new StringBuilder();
        for (int i = 0; i < count; i++) {
            results.append("<result><id>00T5g0000").append(String.format("%06d", i)).append("EAB</id>")
                    .append("<success>true</success></result>");
        }
        return SoapResponses.envelope("<createResponse>" + results + "</createResponse>", 45);
    }
}
