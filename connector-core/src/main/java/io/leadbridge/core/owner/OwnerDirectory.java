package io.leadbridge.core.owner;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One CRM's owners by normalised email and by id, read from an {@link OwnerSource} and kept for
 * {@code refreshEvery}. An email or id not found reloads the list at most once per {@code missRefresh}, so an owner
 * added in the CRM is found soon without a read per lookup. Thread-safe.
 */
public final class OwnerDirectory {

    private final OwnerSource source;
    private final Clock clock;
    private final Duration refreshEvery;
    private final Duration missRefresh;
    private Map<String, String> idByEmail = Map.of();
    private Map<String, String> emailById = Map.of();
    private Instant loadedAt;

    public OwnerDirectory(OwnerSource source, Clock clock, Duration refreshEvery, Duration missRefresh) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshEvery = Objects.requireNonNull(refreshEvery, "refreshEvery");
        this.missRefresh = Objects.requireNonNull(missRefresh, "missRefresh");
    }

    public CrmSystem system() {
        return source.system();
    }

    /** The owner id of the active user with {@code email}. */
    public synchronized Optional<String> idOf(String email) {
        String key = EmailAddress.normalise(email);
        return lookup(() -> Optional.ofNullable(idByEmail.get(key)));
    }

    /** The normalised email of the owner with {@code id}. */
    public synchronized Optional<String> emailOf(String id) {
        return lookup(() -> Optional.ofNullable(emailById.get(id)));
    }

    private Optional<String> lookup(Supplier<Optional<String>> find) {
        Instant now = clock.instant();
        if (loadedAt == null || !now.isBefore(loadedAt.plus(refreshEvery))) {
            load(now);
            return find.get();
        }
        Optional<String> found = find.get();
        if (found.isEmpty() && !now.isBefore(loadedAt.plus(missRefresh))) {
            load(now);
            return find.get();
        }
        return found;
    }

    private void load(Instant now) {
        Map<String, String> byEmail = new HashMap<>();
        Map<String, String> byId = new HashMap<>();
        source.activeOwnerIdsByEmail().forEach((email, id) -> {
            String normalised = EmailAddress.normalise(email);
            byEmail.put(normalised, id);
            byId.put(id, normalised);
        });
        idByEmail = Map.copyOf(byEmail);
        emailById = Map.copyOf(byId);
        loadedAt = now;
    }
}
