package io.leadbridge.sandbox.salesforce.store;

/** A record the org created or updated, reported to listeners after the write. */
public record RecordChange(String type, String id, boolean created) {
}
