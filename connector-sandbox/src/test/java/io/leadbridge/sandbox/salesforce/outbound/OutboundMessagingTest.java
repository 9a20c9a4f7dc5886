package io.leadbridge.sandbox.salesforce.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.sandbox.salesforce.support.Partner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Outbound Messaging received by a local listener, parsed with a namespace-aware, DOCTYPE-refusing parser. */
class OutboundMessagingTest {

    private static final String OUTBOUND = "http://soap.sforce.com/2005/09/outbound";
    private static final String ENTERPRISE = "urn:sobject.enterprise.soap.sforce.com";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String ACK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
            + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><notificationsResponse"
            + " xmlns=\"http://soap.sforce.com/2005/09/outbound\"><Ack>%s</Ack></notificationsResponse>"
            + "</soapenv:Body></soapenv:Envelope>";

    private final List<Document> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private HttpServer listener;
    private SalesforceEmulator emulator;

    @BeforeEach
    void startListener() throws IOException {
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        listener.createContext("/salesforce/outbound", this::receive);
        listener.start();
        URI endpoint = URI.create("http://127.0.0.1:" + listener.getAddress().getPort() + "/salesforce/outbound");
        emulator = SalesforceEmulator.start(SalesforceOptions.builder().outboundMessaging(
                OutboundMessagingOptions.to(endpoint).withBackoff(Duration.ofMillis(50), Duration.ofMillis(200)))
                .build());
    }

    @AfterEach
    void stop() {
        emulator.close();
        listener.stop(0);
    }

    @Test
    void aLeadCreatedThroughTheApiArrivesAsANotificationShapedLikeSalesforces() throws Exception {
        PartnerConnection connection = Partner.connect(emulator);
        SObject lead = new SObject("Lead");
        lead.setField("FirstName", "Ada");
        lead.setField("LastName", "Lovelace");
        lead.setField("Company", "Analytical Engines Ltd");
        lead.setField("Email", "ada@example.com");
        SaveResult[] saved = connection.create(new SObject[] {lead});

        await().atMost(Duration.ofSeconds(10)).until(() -> emulator.outboundStats().delivered() == 1);

        assertThat(received).hasSize(1);
        Element notifications = only(received.get(0).getDocumentElement(), OUTBOUND, "notifications");
        assertThat(text(notifications, OUTBOUND, "OrganizationId")).isEqualTo(emulator.organizationId());
        assertThat(text(notifications, OUTBOUND, "ActionId")).startsWith("04k").hasSize(18);
        assertThat(only(notifications, OUTBOUND, "SessionId").getAttributeNS(XSI, "nil")).isEqualTo("true");
        assertThat(text(notifications, OUTBOUND, "PartnerUrl")).isEqualTo(emulator.soapEndpoint());
        assertThat(text(notifications, OUTBOUND, "EnterpriseUrl"))
                .isEqualTo(emulator.baseUrl() + "/services/Soap/c/65.0/00D5g00000LbEmu");
        Element notification = only(notifications, OUTBOUND, "Notification");
        assertThat(text(notification, OUTBOUND, "Id")).startsWith("04l");
        Element record = only(notification, OUTBOUND, "sObject");
        assertThat(record.getAttributeNS(XSI, "type")).isEqualTo("sf:Lead");
        assertThat(record.lookupNamespaceURI("sf")).isEqualTo(ENTERPRISE);
        assertThat(text(record, ENTERPRISE, "Id")).isEqualTo(saved[0].getId());
        assertThat(text(record, ENTERPRISE, "Email")).isEqualTo("ada@example.com");
        assertThat(text(record, ENTERPRISE, "Status")).isEqualTo("Open - Not Contacted");
        assertThat(text(record, ENTERPRISE, "IsConverted")).isEqualTo("false");
        assertThat(record.getElementsByTagNameNS(ENTERPRISE, "Rating").getLength()).isZero();
        assertThat(record.getFirstChild().getLocalName()).isEqualTo("Id");
    }

    @Test
    void unacknowledgedMessagesAreRetriedWithTheSameNotificationIds() {
        refusalsLeft.set(2);
        String id = emulator.create("Lead", Map.of("LastName", "Hopper", "Company", "COBOL Inc"));

        await().atMost(Duration.ofSeconds(10)).until(() -> emulator.outboundStats().delivered() == 1);

        assertThat(received).hasSize(3);
        List<String> notificationIds = new ArrayList<>();
        for (Document message : received) {
            Element notification = only(message.getDocumentElement(), OUTBOUND, "Notification");
            notificationIds.add(text(notification, OUTBOUND, "Id"));
            assertThat(text(only(notification, OUTBOUND, "sObject"), ENTERPRISE, "Id")).isEqualTo(id);
        }
        assertThat(notificationIds).containsOnly(notificationIds.get(0));
        assertThat(emulator.outboundStats().attempts()).isEqualTo(3);
        assertThat(emulator.outboundStats().pending()).isZero();
    }

    @Test
    void oneCallsChangesGoOutInBatchesOfAtMostAHundred() throws Exception {
        PartnerConnection connection = Partner.connect(emulator);
        SObject[] leads = new SObject[150];
        for (int i = 0; i < leads.length; i++) {
            leads[i] = new SObject("Lead");
            leads[i].setField("LastName", "Lead " + i);
            leads[i].setField("Company", "Acme");
        }
        connection.create(leads);
        emulator.create("Contact", Map.of("LastName", "Contact"));

        await().atMost(Duration.ofSeconds(10)).until(() -> emulator.outboundStats().delivered() == 151);

        List<Integer> leadBatches = new ArrayList<>();
        int contactNotifications = 0;
        for (Document message : received) {
            NodeList notifications = message.getElementsByTagNameNS(OUTBOUND, "Notification");
            String type = only((Element) notifications.item(0), OUTBOUND, "sObject").getAttributeNS(XSI, "type");
            if (type.equals("sf:Lead")) {
                leadBatches.add(notifications.getLength());
            } else {
                assertThat(type).isEqualTo("sf:Contact");
                contactNotifications += notifications.getLength();
            }
        }
        assertThat(leadBatches).containsExactly(100, 50);
        assertThat(contactNotifications).isEqualTo(1);
    }

    @Test
    void notificationsStillRefusedAfterTheRetryPeriodAreDropped() {
        emulator.close();
        MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-24T16:41:03Z"));
        URI endpoint = URI.create("http://127.0.0.1:" + listener.getAddress().getPort() + "/salesforce/outbound");
        OutboundMessagingOptions options = OutboundMessagingOptions.to(endpoint)
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(50));
        emulator = SalesforceEmulator.start(SalesforceOptions.builder().clock(clock).outboundMessaging(
                new OutboundMessagingOptions(options.endpoint(), options.fields(), options.batchSize(),
                        options.initialBackoff(), options.maxBackoff(), Duration.ofHours(1),
                        options.deliveryTimeout())).build());
        refusalsLeft.set(Integer.MAX_VALUE);

        emulator.create("Lead", Map.of("LastName", "Unheard", "Company", "Acme"));
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator.outboundStats().attempts() >= 1);
        clock.advance(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator.outboundStats().dropped() == 1);

        assertThat(emulator.outboundStats().delivered()).isZero();
        assertThat(emulator.outboundStats().pending()).isZero();
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        try {
            received.add(parse(body));
        } catch (Exception e) {
            throw new IOException("unparseable outbound message", e);
        }
        String ack = String.format(ACK, refusalsLeft.getAndDecrement() > 0 ? "false" : "true");
        byte[] answer = ack.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(body));
    }

    private static Element only(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        assertThat(nodes.getLength()).as(name).isEqualTo(1);
        return (Element) nodes.item(0);
    }

    private static String text(Element parent, String namespace, String name) {
        return only(parent, namespace, name).getTextContent();
    }
}
