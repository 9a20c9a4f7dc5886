package io.leadbridge.hubspot.client;

/** Where the next page starts: pass {@code after} back in the next request. */
public record Next(String after) {
}
