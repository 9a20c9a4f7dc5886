package io.leadbridge.core.identity;

import io.leadbridge.core.model.CrmSystem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The people records each CRM held for a batch's emails, looked up together before the batch is resolved
 * ({@link IdentityResolver#lookAhead}); an email looked up and found nowhere is known to match nobody. Immutable.
 */
public final class KnownPeople {

    /** Nothing looked up ahead: every resolution asks the CRM itself. */
    public static final KnownPeople NONE = new KnownPeople(Map.of());

    private final Map<CrmSystem, Map<String, List<PersonCandidate>>> found;

    KnownPeople(Map<CrmSystem, Map<String, List<PersonCandidate>>> found) {
        Map<CrmSystem, Map<String, List<PersonCandidate>>> copy = new EnumMap<>(CrmSystem.class);
        found.forEach((system, byEmail) -> copy.put(system, Map.copyOf(byEmail)));
        this.found = copy;
    }

    /** The records of {@code system} holding the normalised email; empty when it was not looked up ahead. */
    Optional<List<PersonCandidate>> find(CrmSystem system, String normalisedEmail) {
        Objects.requireNonNull(normalisedEmail, "normalisedEmail");
        return Optional.ofNullable(found.getOrDefault(system, Map.of()).get(normalisedEmail));
    }

    /** How many emails were looked up ahead in {@code system}. */
    public int emailsLookedUp(CrmSystem system) {
        return found.getOrDefault(system, Map.of()).size();
    }
}
