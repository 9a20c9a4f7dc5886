package io.leadbridge.salesforce.outbound;

import static io.leadbridge.salesforce.support.SharedSpecs.outboundFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutboundMessageParserTest {

    private final OutboundMessageParser parser = new OutboundMessageParser(64 * 1024);

    @Test
    void readsTheOrganizationAndEveryNotificationOfTheRecordedLeadMessage() {
        OutboundMessage message = parser.parse(bytes(outboundFixture("lead-notification.xml")));

        assertThat(message.organizationId()).isEqualTo("00D5g000004AbCdEAK");
        assertThat(message.actionId()).isEqualTo("04k5g000000AbCdAAK");
        assertThat(message.notifications()).extracting(OutboundNotification::notificationId)
                .containsExactly("04l5g00000AbCdEAAV", "04l5g00000AbCdFAAV");
        OutboundNotification ada = message.notifications().get(0);
        assertThat(ada.objectType()).isEqualTo("Lead");
        assertThat(ada.recordId()).isEqualTo("00Q5g00000AbCd1EAF");
        assertThat(ada.fields()).containsEntry("Email", "ada@example.com").containsEntry("Status", "Working - Contacted")
                .containsEntry("SystemModstamp", "2025-06-01T10:15:30.000Z");
        assertThat(message.notifications().get(1).fields()).doesNotContainKey("FirstName");
    }

    @Test
    void taskAndEventNotificationsNameTheirObjectAndRecord() {
        String lead = outboundFixture("lead-notification.xml");
        OutboundMessage message = parser.parse(bytes(lead
                .replaceFirst("xsi:type=\"sf:Lead\"", "xsi:type=\"sf:Task\"")
                .replace("<sf:Id>00Q5g00000AbCd1EAF</sf:Id>", "<sf:Id>00T5g00000AbCd1EAF</sf:Id>")
                .replaceFirst("xsi:type=\"sf:Lead\"", "xsi:type=\"sf:Event\"")
                .replace("<sf:Id>00Q5g00000AbCd2EAF</sf:Id>", "<sf:Id>00U5g00000AbCd2EAF</sf:Id>")));

        assertThat(message.notifications()).extracting(OutboundNotification::objectType, OutboundNotification::recordId)
                .containsExactly(tuple("Task", "00T5g00000AbCd1EAF"),
                        tuple("Event", "00U5g00000AbCd2EAF"));
    }

    @Test
    void theOrganizationMatchesOnItsFifteenCharacterForm() {
        OutboundMessage message = parser.parse(bytes(outboundFixture("lead-notification.xml")));

        assertThat(message.isFrom("00D5g000004AbCd")).isTrue();
        assertThat(message.isFrom("00D5g000004AbCdEAK")).isTrue();
        assertThat(message.isFrom("00D5g000004XyZwEAK")).isFalse();
        assertThat(message.isFrom("00d5g000004abcd")).isFalse();
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverRead() {
        String xxe = outboundFixture("lead-notification.xml")
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("<sf:Company>Analytical Engines Ltd</sf:Company>", "<sf:Company>&x;</sf:Company>");

        assertThatThrownBy(() -> parser.parse(bytes(xxe))).isInstanceOf(InvalidOutboundMessageException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void aMessageLargerThanTheLimitIsRefusedBeforeParsing() {
        byte[] fixture = bytes(outboundFixture("lead-notification.xml"));

        assertThatThrownBy(() -> new OutboundMessageParser(fixture.length - 1).parse(fixture))
                .isInstanceOf(InvalidOutboundMessageException.class).hasMessageContaining("more than");
    }

    @Test
    void theNotificationsElementMustBeInTheOutboundNamespace() {
        String wrongNamespace = outboundFixture("lead-notification.xml")
                .replace("xmlns=\"http://soap.sforce.com/2005/09/outbound\"", "xmlns=\"urn:example\"");

        assertThatThrownBy(() -> parser.parse(bytes(wrongNamespace)))
                .isInstanceOf(InvalidOutboundMessageException.class).hasMessageContaining("notifications");
    }

    @Test
    void notXmlIsRefused() {
        assertThatThrownBy(() -> parser.parse(bytes("{\"not\":\"xml\"}")))
                .isInstanceOf(InvalidOutboundMessageException.class).hasMessageContaining("not acceptable XML");
    }

    @Test
    void theAckIsTheWsdlsNotificationsResponse() {
        assertThat(OutboundMessageAnswers.ack().replaceAll("\\s+", ""))
                .isEqualTo(outboundFixture("ack-response.xml").replaceAll("\\s+", ""));
    }

    @Test
    void faultTextIsEscaped() {
        assertThat(OutboundMessageAnswers.fault(true, "a < b & c")).contains("<faultcode>soapenv:Client</faultcode>")
                .contains("<faultstring>a &lt; b &amp; c</faultstring>");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
