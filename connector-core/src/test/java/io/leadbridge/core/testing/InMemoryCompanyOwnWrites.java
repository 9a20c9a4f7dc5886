package io.leadbridge.core.testing;

import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyOwnWrites;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@link CompanyOwnWrites} in a map of fingerprints. Thread-safe. */
public final class InMemoryCompanyOwnWrites implements CompanyOwnWrites {

    private final Map<ExternalRef, Map<CompanyField, OwnWrite>> writes = new HashMap<>();

    @Override
    public synchronized Map<CompanyField, OwnWrite> lastWritten(ExternalRef target) {
        return Map.copyOf(writes.getOrDefault(target, Map.of()));
    }

    @Override
    public synchronized void remember(ExternalRef target, Map<CompanyField, String> changes, Instant writtenAt) {
        Map<CompanyField, OwnWrite> fields = writes.computeIfAbsent(target, t -> new EnumMap<>(CompanyField.class));
        changes.forEach((field, value) -> fields.put(field, new OwnWrite(ValueFingerprint.of(value), writtenAt)));
    }

    @Override
    public synchronized void forget(ExternalRef target, Set<CompanyField> fields) {
        Map<CompanyField, OwnWrite> stored = writes.get(target);
        if (stored != null) {
            fields.forEach(stored::remove);
        }
    }
}
