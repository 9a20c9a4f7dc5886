package io.leadbridge.core.testing;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link IdMappingStore} in memory. A record belongs to at most one person and a person has at most one record
 * per system; {@link #link} moves a person's link in a system to the new record. New person ids come from
 * {@link PersonId#newId()} unless a supplier is given. Thread-safe.
 */
public final class InMemoryIdMappingStore implements IdMappingStore {

    private final Map<ExternalRef, PersonId> personByRef = new HashMap<>();
    private final Map<PersonId, Map<CrmSystem, ExternalRef>> refsByPerson = new HashMap<>();
    private final Supplier<PersonId> newIds;
    private int linkCalls;

    public InMemoryIdMappingStore() {
        this(PersonId::newId);
    }

    public InMemoryIdMappingStore(Supplier<PersonId> newIds) {
        this.newIds = Objects.requireNonNull(newIds, "newIds");
    }

    @Override
    public synchronized Optional<PersonId> find(ExternalRef ref) {
        return Optional.ofNullable(personByRef.get(Objects.requireNonNull(ref, "ref")));
    }

    @Override
    public synchronized Optional<ExternalRef> refIn(PersonId person, CrmSystem system) {
        Objects.requireNonNull(system, "system");
        return Optional.ofNullable(refsByPerson.getOrDefault(Objects.requireNonNull(person, "person"), Map.of())
                .get(system));
    }

    @Override
    public synchronized PersonId personFor(ExternalRef ref) {
        PersonId known = personByRef.get(Objects.requireNonNull(ref, "ref"));
        if (known != null) {
            return known;
        }
        PersonId person = newIds.get();
        put(person, ref);
        return person;
    }

    @Override
    public synchronized void link(PersonId person, ExternalRef ref) {
        linkCalls++;
        put(person, ref);
    }

    /** How many times {@link #link} was called, linking or confirming a link. */
    public synchronized int linkCalls() {
        return linkCalls;
    }

    private void put(PersonId person, ExternalRef ref) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(ref, "ref");
        PersonId owner = personByRef.get(ref);
        if (owner != null && !owner.equals(person)) {
            throw new IllegalStateException(ref + " already belongs to person " + owner + ", not " + person);
        }
        Map<CrmSystem, ExternalRef> refs = refsByPerson.computeIfAbsent(person, p -> new EnumMap<>(CrmSystem.class));
        ExternalRef previous = refs.put(ref.system(), ref);
        if (previous != null && !previous.equals(ref)) {
            personByRef.remove(previous);
        }
        personByRef.put(ref, person);
    }

    @Override
    public synchronized void unlink(ExternalRef ref) {
        PersonId owner = personByRef.remove(Objects.requireNonNull(ref, "ref"));
        if (owner != null) {
            Map<CrmSystem, ExternalRef> refs = refsByPerson.get(owner);
            refs.remove(ref.system());
            if (refs.isEmpty()) {
                refsByPerson.remove(owner);
            }
        }
    }

    /** Every record the store knows, with its person. */
    public synchronized Map<ExternalRef, PersonId> links() {
        return Map.copyOf(personByRef);
    }

    public synchronized int personCount() {
        return refsByPerson.size();
    }
}
