package io.leadbridge.app.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts refused webhook requests: {@code leadbridge_webhook_rejected_total{source, reason}} in Prometheus. */
public class WebhookRejections {

    static final String METRIC = "leadbridge.webhook.rejected";

    private final MeterRegistry registry;

    public WebhookRejections(MeterRegistry registry) {
        this.registry = registry;
    }

    void reject(String source, String reason) {
        Counter.builder(METRIC).description("Webhook requests refused, by source and reason")
                .tag("source", source).tag("reason", reason).register(registry).increment();
    }
}
