package io.leadbridge.hubspot.client;

/** {@code {"id":"..."}}: a record id, or a unique property value when the call names an {@code idProperty}. */
public record ObjectId(String id) {
}
