package io.leadbridge.sandbox.salesforce.store;

import java.time.Instant;

/** Fields Salesforce computes on save: the compound {@code Name} of people and a Task's closed state. */
final class Derivations {

    private Derivations() {
    }

    static void apply(StoredRecord record, Instant now) {
        String type = record.schema().name();
        if (type.equals("Lead") || type.equals("Contact") || type.equals("User")) {
            String first = record.get("FirstName");
            String last = record.get("LastName");
            record.put("Name", (first == null || first.isBlank() ? "" : first + " ") + (last == null ? "" : last));
        }
        if (type.equals("Task")) {
            boolean closed = "Completed".equals(record.get("Status"));
            record.put("IsClosed", String.valueOf(closed));
            if (closed && record.get("CompletedDateTime") == null) {
                record.put("CompletedDateTime", WireValues.dateTime(now));
            } else if (!closed) {
                record.put("CompletedDateTime", null);
            }
        }
    }
}
