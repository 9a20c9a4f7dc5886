package io.leadbridge.app.webhook;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.persistence.DurableCommits;
import io.leadbridge.app.persistence.JdbcOutboundMessageStore;
import io.leadbridge.salesforce.outbound.InvalidOutboundMessageException;
import io.leadbridge.salesforce.outbound.OutboundMessage;
import io.leadbridge.salesforce.outbound.OutboundMessageAnswers;
import io.leadbridge.salesforce.outbound.OutboundMessageParser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/salesforce}: receives Salesforce Outbound Messages. A message is acknowledged
 * ({@code <Ack>true</Ack>}) only after every notification in it is stored; anything else gets a SOAP fault, which
 * Salesforce retries for up to 24 hours. Refused without storing anything: a body over
 * {@code connector.salesforce.outbound-max-size} (HTTP 413), XML with a DOCTYPE or not a {@code notifications}
 * message, and a message from another org than {@code connector.salesforce.organization-id} (HTTP 500, SOAP
 * fault, as SOAP 1.1 requires). Notifications Salesforce redelivers are acknowledged again and stored once.
 */
@RestController
@Conditional(LiveModeCondition.class)
public class SalesforceOutboundMessageController {

    private static final Logger log = LoggerFactory.getLogger(SalesforceOutboundMessageController.class);
    private static final MediaType SOAP = MediaType.parseMediaType(OutboundMessageAnswers.CONTENT_TYPE);

    private final OutboundMessageParser parser;
    private final String organizationId;
    private final JdbcOutboundMessageStore store;

    private final DurableCommits durable;

    public SalesforceOutboundMessageController(ConnectorProperties properties, JdbcOutboundMessageStore store,
                                               DurableCommits durable) {
        this.durable = durable;
        ConnectorProperties.Salesforce salesforce = properties.salesforce();
        this.parser = new OutboundMessageParser(Math.toIntExact(salesforce.outboundMaxSize().toBytes()));
        this.organizationId = salesforce.organizationId();
        this.store = store;
    }

    @PostMapping("/webhooks/salesforce")
    public ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > parser.maxBytes()) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(parser.maxBytes() + 1);
        }
        if (body.length > parser.maxBytes()) {
            return tooLarge();
        }
        OutboundMessage message;
        try {
            message = parser.parse(body);
        } catch (InvalidOutboundMessageException e) {
            log.warn("Refused a Salesforce outbound message: {}", e.getMessage());
            return fault(HttpStatus.INTERNAL_SERVER_ERROR, "Invalid outbound message: " + e.getMessage());
        }
        if (!message.isFrom(organizationId)) {
            log.warn("Refused a Salesforce outbound message from organization {}; expected {}",
                    message.organizationId(), organizationId);
            return fault(HttpStatus.INTERNAL_SERVER_ERROR, "Outbound message from an unexpected organization");
        }
        int stored = store.storeNew(message);
        durable.now();
        log.info("Salesforce outbound message {}: {} notifications, {} new", message.actionId(),
                message.notifications().size(), stored);
        return ResponseEntity.ok().contentType(SOAP).body(OutboundMessageAnswers.ack());
    }

    private ResponseEntity<String> tooLarge() {
        return fault(HttpStatus.CONTENT_TOO_LARGE, "Outbound message larger than " + parser.maxBytes() + " bytes");
    }

    private static ResponseEntity<String> fault(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(SOAP).body(OutboundMessageAnswers.fault(true, reason));
    }
}
