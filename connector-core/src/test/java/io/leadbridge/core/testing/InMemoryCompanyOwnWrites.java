package io.leadbridge.core.testing;

import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyOwnWrites;
import io.leadbridge.core.company.IntendedCompanyWrite;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link CompanyOwnWrites} in a map of fingerprints, with a list of intended writes. Thread-safe. */
public final class InMemoryCompanyOwnWrites implements CompanyOwnWrites {

    private final Map<ExternalRef, Map<CompanyField, OwnWrite>> writes = new HashMap<>();
    private final List<IntendedCompanyWrite> intents = new ArrayList<>();

    @Override
    public synchronized Map<CompanyField, OwnWrite> lastWritten(ExternalRef target) {
        return Map.copyOf(writes.getOrDefault(target, Map.of()));
    }

    @Override
    public synchronized void remember(ExternalRef target, Map<CompanyField, String> changes, Instant writtenAt) {
        changes.forEach((field, value) -> held(target).put(field, new OwnWrite(ValueFingerprint.of(value), writtenAt)));
    }

    @Override
    public synchronized void forget(ExternalRef target, Set<CompanyField> fields) {
        Map<CompanyField, OwnWrite> stored = writes.get(target);
        if (stored != null) {
            fields.forEach(stored::remove);
        }
    }

    @Override
    public synchronized void intend(List<IntendedCompanyWrite> intended) {
        intended.forEach(write -> {
            intents.removeIf(kept -> kept.source().equals(write.source()) && kept.field() == write.field()
                    && kept.fingerprint().equals(write.fingerprint()));
            intents.add(write);
        });
    }

    @Override
    public synchronized List<IntendedCompanyWrite> intendedTowards(ExternalRef record, Optional<String> domain) {
        return intents.stream().filter(write -> write.towards(record, domain)).toList();
    }

    @Override
    public synchronized List<IntendedCompanyWrite> intendedBy(ExternalRef source) {
        return intents.stream().filter(write -> write.source().equals(source)).toList();
    }

    @Override
    public synchronized void settleIntents(ExternalRef source, Optional<ExternalRef> resolvedTarget) {
        List<IntendedCompanyWrite> ending = intendedBy(source);
        resolvedTarget.ifPresent(target -> ending.stream()
                .sorted(Comparator.comparing(IntendedCompanyWrite::intendedAt))
                .forEach(write -> held(target).put(write.field(), new OwnWrite(write.fingerprint(),
                        write.intendedAt()))));
        intents.removeAll(ending);
    }

    private Map<CompanyField, OwnWrite> held(ExternalRef target) {
        return writes.computeIfAbsent(target, t -> new EnumMap<>(CompanyField.class));
    }
}
