package io.leadbridge.hubspot.client;

/** One option of an enumeration property; writes use {@code value}, never {@code label}. */
public record PropertyOption(String label, String value, int displayOrder, boolean hidden) {
}
