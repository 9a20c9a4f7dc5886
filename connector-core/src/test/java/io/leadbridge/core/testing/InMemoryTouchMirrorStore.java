package io.leadbridge.core.testing;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.core.touch.TouchMirrorStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link TouchMirrorStore} in memory, with the same claim rules as the JDBC store. Thread-safe. */
public final class InMemoryTouchMirrorStore implements TouchMirrorStore {

    private final Map<String, StoredMirror> mirrors = new HashMap<>();
    private final Set<String> notDurable = new HashSet<>();

    @Override
    public synchronized boolean claim(MirroredActivity activity, Instant claimedAt) {
        boolean claimed = mirrors.putIfAbsent(activity.idempotencyKey(), new StoredMirror(activity.idempotencyKey(),
                activity.sourceTouch(), activity.targetPerson(), claimedAt, Optional.empty(), Optional.empty())) == null;
        if (claimed) {
            notDurable.add(activity.idempotencyKey());
        }
        return claimed;
    }

    @Override
    public synchronized void makeClaimsDurable() {
        notDurable.clear();
    }

    /** Whether the key's claim would survive a crash: {@link #makeClaimsDurable} was called since it was made. */
    public synchronized boolean durable(String idempotencyKey) {
        return mirrors.containsKey(idempotencyKey) && !notDurable.contains(idempotencyKey);
    }

    @Override
    public synchronized void written(String idempotencyKey, ExternalRef writtenActivity, Instant writtenAt) {
        StoredMirror claimed = mirrors.get(idempotencyKey);
        if (claimed == null || claimed.writtenActivity().isPresent()) {
            throw new IllegalStateException("mirror " + idempotencyKey + " is not claimed, or was recorded before");
        }
        mirrors.put(idempotencyKey, new StoredMirror(idempotencyKey, claimed.sourceTouch(), claimed.targetPerson(),
                claimed.claimedAt(), Optional.of(writtenActivity), Optional.of(writtenAt)));
    }

    @Override
    public synchronized void release(String idempotencyKey) {
        mirrors.computeIfPresent(idempotencyKey, (key, mirror) -> mirror.writtenActivity().isPresent() ? mirror : null);
    }

    @Override
    public synchronized Optional<StoredMirror> find(String idempotencyKey) {
        return Optional.ofNullable(mirrors.get(idempotencyKey));
    }
}
