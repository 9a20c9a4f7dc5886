package io.leadbridge.sandbox.salesforce.store;

import java.time.Instant;

/** A record in the recycle bin, as {@code getDeleted} lists it. */
public record DeletedRecord(String id, Instant deletedDate) {
}
