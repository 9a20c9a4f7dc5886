package io.leadbridge.hubspot.client;

/** The account's daily API calls as the last response reported them ({@code X-HubSpot-RateLimit-Daily*}). */
public record DailyUsage(long used, long limit) {
}
