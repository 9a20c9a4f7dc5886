package io.leadbridge.sandbox.salesforce.store;

import java.util.List;

/**
 * The outcome of writing one record: its id on success, the errors otherwise; {@code created} tells an upsert's
 * insert from its update.
 */
public record SaveOutcome(String id, boolean created, List<RecordError> errors) {

    public SaveOutcome {
        errors = List.copyOf(errors);
    }

    public boolean success() {
        return errors.isEmpty();
    }

    static SaveOutcome saved(String id, boolean created) {
        return new SaveOutcome(id, created, List.of());
    }

    static SaveOutcome failed(List<RecordError> errors) {
        return new SaveOutcome(null, false, errors);
    }
}
