package io.leadbridge.core.testing;

import io.leadbridge.core.echo.IntendedWrite;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.OwnWriteStore;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link OwnWriteStore} in memory, holding fingerprints only. Thread-safe. */
public final class InMemoryOwnWriteStore implements OwnWriteStore {

    private final Map<ExternalRef, Map<PersonField, OwnWrite>> writes = new HashMap<>();
    private final List<IntendedWrite> intents = new ArrayList<>();

    @Override
    public synchronized Map<PersonField, OwnWrite> lastWritten(ExternalRef target) {
        Map<PersonField, OwnWrite> fields = writes.get(Objects.requireNonNull(target, "target"));
        return fields == null ? Map.of() : Map.copyOf(fields);
    }

    @Override
    public synchronized void remember(ExternalRef target, Map<PersonField, String> changes, Instant writtenAt,
                                      Optional<Instant> crmModifiedAt) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Map<PersonField, OwnWrite> fields = writes.computeIfAbsent(target, t -> new EnumMap<>(PersonField.class));
        changes.forEach((field, value) -> fields.put(field, new OwnWrite(ValueFingerprint.of(value), writtenAt,
                crmModifiedAt)));
    }

    @Override
    public synchronized void forget(ExternalRef target, Set<PersonField> fields) {
        Map<PersonField, OwnWrite> held = writes.get(Objects.requireNonNull(target, "target"));
        if (held != null) {
            held.keySet().removeAll(fields);
        }
    }

    @Override
    public synchronized void intend(List<IntendedWrite> intended) {
        intended.forEach(write -> {
            intents.removeIf(held -> held.source().equals(write.source()) && held.field() == write.field()
                    && held.fingerprint().equals(write.fingerprint()));
            intents.add(write);
        });
    }

    @Override
    public synchronized List<IntendedWrite> intendedTowards(ExternalRef record, Optional<String> email) {
        return intents.stream().filter(write -> write.towards(record, email)).toList();
    }

    @Override
    public synchronized List<IntendedWrite> intendedBy(ExternalRef source) {
        return intents.stream().filter(write -> write.source().equals(source)).toList();
    }

    @Override
    public synchronized void settleIntents(ExternalRef source, Optional<ExternalRef> resolvedTarget) {
        List<IntendedWrite> ending = intendedBy(source);
        resolvedTarget.ifPresent(target -> ending.stream()
                .sorted(Comparator.comparing(IntendedWrite::intendedAt))
                .forEach(write -> writes.computeIfAbsent(target, t -> new EnumMap<>(PersonField.class))
                        .put(write.field(), new OwnWrite(write.fingerprint(), write.intendedAt()))));
        intents.removeAll(ending);
    }
}
