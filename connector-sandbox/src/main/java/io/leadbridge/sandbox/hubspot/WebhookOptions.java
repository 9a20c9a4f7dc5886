package io.leadbridge.sandbox.hubspot;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how the emulator delivers webhook events: {@code contact.creation}, {@code contact.deletion} and
 * {@code contact.merge} (the contact lifecycle), and {@code contact.propertyChange} for the subscribed properties, as
 * JSON arrays of at most 100 events signed with the app's client secret.
 *
 * @param targetUrl            the app's webhook URL
 * @param clientSecret         the app's client secret (signature key)
 * @param appId                the app id events carry
 * @param subscribedProperties contact properties with a {@code contact.propertyChange} subscription
 * @param contactCreation      whether the contact lifecycle ({@code contact.creation}, {@code .deletion},
 *                             {@code .merge}) is subscribed
 * @param batchWindow          how long events are collected before a delivery
 * @param maxRetries           retries after a failed delivery (HubSpot: 10)
 * @param retryBackoff         delay before the first retry; doubled for each further one
 */
public record WebhookOptions(URI targetUrl, String clientSecret, long appId, Set<String> subscribedProperties,
                             boolean contactCreation, Duration batchWindow, int maxRetries, Duration retryBackoff) {

    public WebhookOptions {
        List<String> problems = new ArrayList<>();
        if (targetUrl == null || !("http".equals(targetUrl.getScheme()) || "https".equals(targetUrl.getScheme()))) {
            problems.add("webhook.targetUrl: must be an http or https URL");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            problems.add("webhook.clientSecret: must not be blank");
        }
        if (appId <= 0) {
            problems.add("webhook.appId: must be positive");
        }
        if (batchWindow == null || batchWindow.isNegative()) {
            problems.add("webhook.batchWindow: must be zero or positive");
        }
        if (maxRetries < 0) {
            problems.add("webhook.maxRetries: must be zero or positive");
        }
        if (retryBackoff == null || retryBackoff.isNegative() || retryBackoff.isZero()) {
            problems.add("webhook.retryBackoff: must be positive");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        subscribedProperties = Set.copyOf(Objects.requireNonNull(subscribedProperties, "subscribedProperties"));
    }

    /** Deliveries to {@code targetUrl} for contact creation and lifecycle stage / lead status changes. */
    public static WebhookOptions to(URI targetUrl, String clientSecret, long appId) {
        return new WebhookOptions(targetUrl, clientSecret, appId, Set.of("lifecyclestage", "hs_lead_status"), true,
                Duration.ofMillis(200), 10, Duration.ofSeconds(1));
    }

    public WebhookOptions withSubscribedProperties(Set<String> properties) {
        return new WebhookOptions(targetUrl, clientSecret, appId, properties, contactCreation, batchWindow,
                maxRetries, retryBackoff);
    }

    public WebhookOptions withBatchWindow(Duration window) {
        return new WebhookOptions(targetUrl, clientSecret, appId, subscribedProperties, contactCreation, window,
                maxRetries, retryBackoff);
    }

    public WebhookOptions withRetries(int retries, Duration backoff) {
        return new WebhookOptions(targetUrl, clientSecret, appId, subscribedProperties, contactCreation, batchWindow,
                retries, backoff);
    }
}
