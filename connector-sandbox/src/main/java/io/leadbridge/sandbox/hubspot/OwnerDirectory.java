package io.leadbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The portal's owners, with ids and user ids from counters. Not thread-safe: guarded by Portal. */
final class OwnerDirectory {

    private final Map<Long, HubSpotOwner> owners = new LinkedHashMap<>();
    private long nextId = 41_629_779L;
    private long nextUserId = 9_876_543L;

    HubSpotOwner add(String email, String firstName, String lastName, String team, Instant now) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("owner email must not be blank");
        }
        if (byEmail(email).isPresent()) {
            throw new IllegalArgumentException("an owner with email " + email + " already exists");
        }
        HubSpotOwner owner = new HubSpotOwner(nextId++, nextUserId++, email, firstName, lastName, team, now);
        owners.put(owner.id(), owner);
        return owner;
    }

    Optional<HubSpotOwner> byId(long id) {
        return Optional.ofNullable(owners.get(id));
    }

    Optional<HubSpotOwner> byUserId(long userId) {
        return owners.values().stream().filter(o -> o.userId() == userId).findFirst();
    }

    Optional<HubSpotOwner> byEmail(String email) {
        return owners.values().stream().filter(o -> o.email().equalsIgnoreCase(email)).findFirst();
    }

    List<HubSpotOwner> all() {
        return new ArrayList<>(owners.values());
    }

    boolean isOwnerId(String value) {
        try {
            return owners.containsKey(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
