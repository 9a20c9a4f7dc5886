package io.leadbridge.sandbox.salesforce.outbound;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where and what the emulated org sends as Outbound Messaging: one outbound message per object in
 * {@code fields} (the keys, e.g. {@code Lead} and {@code Contact}), fired on each create and update and carrying
 * the listed fields of the record as it is at send time.
 *
 * @param endpoint        the listener URL the {@code notifications} POSTs go to
 * @param fields          the object → fields each message carries ({@code Id} always comes first)
 * @param batchSize       notifications per POST, 1..100
 * @param initialBackoff  the wait before the first retry; doubled per failed attempt
 * @param maxBackoff      the longest wait between attempts (Salesforce: 2 hours)
 * @param retryFor        how long a notification is retried before it is dropped (Salesforce: 24 hours)
 * @param deliveryTimeout how long one POST may take (Salesforce: 60 seconds)
 */
public record OutboundMessagingOptions(URI endpoint, Map<String, List<String>> fields, int batchSize,
                                       Duration initialBackoff, Duration maxBackoff, Duration retryFor,
                                       Duration deliveryTimeout) {

    /** The Lead fields of the shared fixture's message. */
    public static final List<String> LEAD_FIELDS = List.of("Company", "Email", "FirstName", "IsConverted", "LastName",
            "LeadSource", "OwnerId", "Rating", "Status", "SystemModstamp");
    public static final List<String> CONTACT_FIELDS = List.of("AccountId", "Email", "FirstName", "LastName",
            "LeadSource", "OwnerId", "SystemModstamp");

    /**
     * The Task and Event fields of a touch message. Leadbridge reads the record itself when a notification names
     * it, so the message needs only its {@code Id}; these help an admin tell the notifications apart.
     */
    public static final List<String> TASK_FIELDS = List.of("SystemModstamp", "WhoId");
    public static final List<String> EVENT_FIELDS = List.of("SystemModstamp", "WhoId");

    public OutboundMessagingOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(fields, "fields").forEach((object, list) -> copy.put(object, List.copyOf(list)));
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    /** Lead and Contact messages to {@code endpoint} with Salesforce's batching, backoff and timeouts. */
    public static OutboundMessagingOptions to(URI endpoint) {
        return new OutboundMessagingOptions(endpoint, Map.of("Lead", LEAD_FIELDS, "Contact", CONTACT_FIELDS), 100,
                Duration.ofSeconds(1), Duration.ofHours(2), Duration.ofHours(24), Duration.ofSeconds(60));
    }

    /** The same messages, and Task and Event messages as well (touches on the webhook path). */
    public OutboundMessagingOptions withTouches() {
        Map<String, List<String>> withTouches = new LinkedHashMap<>(fields);
        withTouches.put("Task", TASK_FIELDS);
        withTouches.put("Event", EVENT_FIELDS);
        return new OutboundMessagingOptions(endpoint, withTouches, batchSize, initialBackoff, maxBackoff, retryFor,
                deliveryTimeout);
    }

    public OutboundMessagingOptions withBackoff(Duration initial, Duration max) {
        return new OutboundMessagingOptions(endpoint, fields, batchSize, initial, max, retryFor, deliveryTimeout);
    }

    public OutboundMessagingOptions withBatchSize(int size) {
        return new OutboundMessagingOptions(endpoint, fields, size, initialBackoff, maxBackoff, retryFor,
                deliveryTimeout);
    }

    /** Every problem, each naming its option under {@code prefix}. */
    public List<String> problems(String prefix) {
        List<String> problems = new ArrayList<>();
        String scheme = endpoint.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            problems.add(prefix + "endpoint: must be an http(s) URL, was a " + scheme + " URL");
        }
        if (batchSize < 1 || batchSize > 100) {
            problems.add(prefix + "batchSize: must be between 1 and 100, was " + batchSize);
        }
        if (fields.isEmpty()) {
            problems.add(prefix + "fields: name at least one object, e.g. Lead");
        }
        positive(problems, prefix + "initialBackoff", initialBackoff);
        positive(problems, prefix + "maxBackoff", maxBackoff);
        positive(problems, prefix + "retryFor", retryFor);
        positive(problems, prefix + "deliveryTimeout", deliveryTimeout);
        if (problems.isEmpty() && maxBackoff.compareTo(initialBackoff) < 0) {
            problems.add(prefix + "maxBackoff: must not be shorter than initialBackoff");
        }
        return problems;
    }

    /** Shows the listener without its path, which may carry a secret token. */
    @Override
    public String toString() {
        return "OutboundMessagingOptions[endpoint=" + endpoint.getScheme() + "://" + endpoint.getAuthority()
                + "/[path hidden], objects=" + fields.keySet() + ", batchSize=" + batchSize + ", initialBackoff="
                + initialBackoff + ", maxBackoff=" + maxBackoff + ", retryFor=" + retryFor + ", deliveryTimeout="
                + deliveryTimeout + "]";
    }

    private static void positive(List<String> problems, String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            problems.add(name + ": must be a positive duration, was " + value);
        }
    }
}
