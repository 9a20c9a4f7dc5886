package io.leadbridge.sandbox.salesforce.outbound;

/**
 * Outbound Messaging counters: notifications acknowledged, POSTs attempted (successful or not), notifications
 * waiting (queued or backing off) and notifications dropped after the retry period.
 */
public record OutboundStats(long delivered, long attempts, int pending, long dropped) {
}
