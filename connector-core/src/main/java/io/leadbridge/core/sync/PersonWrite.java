package io.leadbridge.core.sync;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A write of one person into one CRM.
 *
 * @param source         the record the change came from; sinks use its id as the external id to upsert on
 * @param target         the record to update, when the id map already knows it
 * @param changes        canonical field → value; {@code ""} clears the field
 * @param idempotencyKey the same key for a retry of the same change, so that a sink can make a repeated
 *                       write harmless
 */
public record PersonWrite(PersonId personId, ExternalRef source, Optional<ExternalRef> target,
                          Map<PersonField, String> changes, String idempotencyKey) {

    public PersonWrite {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        changes = Collections.unmodifiableMap(changes.isEmpty()
                ? new EnumMap<>(PersonField.class) : new EnumMap<>(changes));
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("idempotencyKey must not be blank");
        }
    }
}
