package io.leadbridge.app.webhook;

import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.app.persistence.DurableCommits;
import io.leadbridge.hubspot.HubSpotWebhooks;
import io.leadbridge.hubspot.webhook.HubSpotSignatureVerifier;
import io.leadbridge.hubspot.webhook.InvalidWebhookPayloadException;
import io.leadbridge.hubspot.webhook.SignatureVerdict;
import io.leadbridge.hubspot.webhook.WebhookEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/hubspot}: checks the v3 signature on the raw body, then stores the batch durably
 * and answers 200 (well within HubSpot's 5 seconds: the contacts are read later, by
 * {@link HubSpotWebhookProcessor}).
 *
 * <ul>
 *   <li>401: missing, forged or stale signature; nothing is stored, the rejection is counted in
 *   {@code leadbridge_webhook_rejected_total{source="hubspot",reason}}.</li>
 *   <li>413: a body over {@link #MAX_BODY_BYTES}; 400: not a JSON array of at most 100 well-formed events.</li>
 * </ul>
 * Registered in live mode when {@code connector.hubspot.client-secret} is set; without the secret no
 * signature can be checked, so the endpoint does not exist.
 */
@RestController
@Conditional(LiveModeCondition.class)
@ConditionalOnProperty(prefix = "connector.hubspot", name = "client-secret")
public class HubSpotWebhookController {

    /** 100 events of a few hundred bytes each fit many times over. */
    static final int MAX_BODY_BYTES = 512 * 1024;
    static final String SOURCE = "hubspot";

    private static final Logger log = LoggerFactory.getLogger(HubSpotWebhookController.class);

    private final HubSpotSignatureVerifier verifier;
    private final WebhookPublicUri publicUri;
    private final HubSpotWebhooks payloads;
    private final HubSpotWebhookEventStore store;
    private final WebhookRejections rejections;
    private final DurableCommits durable;

    HubSpotWebhookController(HubSpotSignatureVerifier verifier, WebhookPublicUri publicUri, HubSpotWebhooks payloads,
                             HubSpotWebhookEventStore store, WebhookRejections rejections, DurableCommits durable) {
        this.durable = durable;
        this.verifier = verifier;
        this.publicUri = publicUri;
        this.payloads = payloads;
        this.store = store;
        this.rejections = rejections;
    }

    @PostMapping(path = "/webhooks/hubspot", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> receive(
            HttpServletRequest request,
            @RequestHeader(name = "X-HubSpot-Signature-v3", required = false) String signature,
            @RequestHeader(name = "X-HubSpot-Request-Timestamp", required = false) String timestamp) throws IOException {
        byte[] body = readAtMost(request, MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return reject(HttpStatus.CONTENT_TOO_LARGE, "too_large",
                    "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        SignatureVerdict verdict = verifier.verify(request.getMethod(), publicUri.of(request), body, signature, timestamp);
        if (!verdict.valid()) {
            log.warn("Refused a HubSpot webhook request: {}", verdict.reason());
            return reject(HttpStatus.UNAUTHORIZED, verdict.reason(), explain(verdict));
        }
        List<WebhookEvent> events;
        try {
            events = payloads.parse(body);
        } catch (InvalidWebhookPayloadException malformed) {
            return reject(HttpStatus.BAD_REQUEST, "malformed_payload", malformed.getMessage());
        }
        int stored = store.store(events);
        durable.now();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("received", events.size());
        answer.put("stored", stored);
        return ResponseEntity.ok(answer);
    }

    private ResponseEntity<Map<String, Object>> reject(HttpStatus status, String reason, String message) {
        rejections.reject(SOURCE, reason);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", reason);
        error.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }

    private static String explain(SignatureVerdict verdict) {
        return switch (verdict) {
            case MISSING_SIGNATURE -> "the X-HubSpot-Signature-v3 header is missing";
            case INVALID_TIMESTAMP -> "the X-HubSpot-Request-Timestamp header is missing or not epoch milliseconds";
            case STALE_TIMESTAMP -> "the request timestamp is more than 5 minutes away from now";
            case INVALID_SIGNATURE -> "the X-HubSpot-Signature-v3 header does not match the request";
            case VALID -> "valid";
        };
    }

    private static byte[] readAtMost(HttpServletRequest request, int limit) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(limit);
        }
    }
}
