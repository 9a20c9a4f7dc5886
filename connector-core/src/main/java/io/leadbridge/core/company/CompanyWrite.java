package io.leadbridge.core.company;

import io.leadbridge.core.model.ExternalRef;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A write of one company into one CRM.
 *
 * @param source  the record the change came from
 * @param target  the record to update; empty to create one
 * @param changes canonical field → value; {@code ""} clears the field
 */
public record CompanyWrite(ExternalRef source, Optional<ExternalRef> target, Map<CompanyField, String> changes) {

    public CompanyWrite {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        changes = Collections.unmodifiableMap(changes.isEmpty()
                ? new EnumMap<>(CompanyField.class) : new EnumMap<>(changes));
        if (target.isEmpty() && !changes.containsKey(CompanyField.NAME)) {
            throw new IllegalArgumentException("a create must carry the company's name");
        }
    }
}
