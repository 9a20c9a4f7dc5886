package io.leadbridge.core.testing;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@link AuditTrail} in memory, in recording order. Thread-safe. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(List<AuditEntry> newEntries) {
        entries.addAll(newEntries);
    }

    @Override
    public synchronized List<AuditEntry> of(PersonId person, Set<AuditKind> kinds, int limit) {
        List<AuditEntry> found = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && found.size() < limit; i--) {
            if (entries.get(i).person().equals(person) && kinds.contains(entries.get(i).kind())) {
                found.add(entries.get(i));
            }
        }
        return found;
    }

    /** Every entry, in recording order. */
    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
