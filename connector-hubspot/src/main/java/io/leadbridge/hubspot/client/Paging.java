package io.leadbridge.hubspot.client;

/** Paging block of a list or search response; {@code next} is null on the last page. */
public record Paging(Next next) {
}
