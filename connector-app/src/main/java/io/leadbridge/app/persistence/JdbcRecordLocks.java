package io.leadbridge.app.persistence;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.core.port.RecordLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RecordLocks} on the {@code record_lock} table, shared by every instance on the database. A batch's locks are
 * taken in one transaction (locks past their expiry dropped, the held ones read, the free ones inserted) and released
 * in one statement, where a lock registry spends two transactions per lock. Each call is an owner of its own, so two
 * drains of one instance exclude each other as two instances do. A lock outlives a holder that died by {@code ttl}.
 *
 * <p>When another drain inserts one of the free keys between the read and the insert, the transaction is rolled back
 * and the keys are taken one at a time.
 *
 * <p>Closing it (the app shutting down) releases the locks of every batch still running, as the lock registry does with
 * its own, so a restarted instance or another one does not wait out their {@code ttl}.
 */
public class JdbcRecordLocks implements RecordLocks, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JdbcRecordLocks.class);
    private static final HeldKeys NONE_TAKEN = new HeldKeys(Set.of(), () -> { });

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration ttl;
    /** The batches holding locks taken here and not yet released, released by {@link #close}. */
    private final Set<String> liveOwners = ConcurrentHashMap.newKeySet();

    public JdbcRecordLocks(JdbcClient jdbc, TransactionTemplate tx, Clock clock, Duration ttl) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Optional<Held> tryLock(String key) {
        HeldKeys held = tryLockAll(Set.of(key));
        return held.holds(key) ? Optional.of(held) : Optional.empty();
    }

    @Override
    public HeldKeys tryLockAll(Set<String> keys) {
        if (keys.isEmpty()) {
            return NONE_TAKEN;
        }
        String owner = UUID.randomUUID().toString();
        liveOwners.add(owner);
        Set<String> taken;
        try {
            taken = take(List.copyOf(keys), owner, clock.instant());
        } catch (RuntimeException e) {
            release(owner);
            throw e;
        }
        if (taken.isEmpty()) {
            liveOwners.remove(owner);
            return NONE_TAKEN;
        }
        return new HeldKeys(taken, () -> release(owner));
    }

    private void release(String owner) {
        jdbc.sql("DELETE FROM record_lock WHERE owner = ?").param(owner).update();
        liveOwners.remove(owner);
    }

    @Override
    public void close() {
        for (String owner : List.copyOf(liveOwners)) {
            try {
                release(owner);
            } catch (DataAccessException e) {
                log.warn("Could not release a running batch's record locks on shutdown ({}); they expire after {}",
                        e.getClass().getSimpleName(), ttl);
            }
        }
    }

    private Set<String> take(List<String> keys, String owner, Instant now) {
        try {
            return tx.execute(status -> {
                jdbc.sql("DELETE FROM record_lock WHERE lock_key IN (:keys) AND expires_at < :now")
                        .param("keys", keys).param("now", ts(now)).update();
                Set<String> busy = new HashSet<>(jdbc.sql("SELECT lock_key FROM record_lock WHERE lock_key IN (:keys)")
                        .param("keys", keys).query(String.class).list());
                Set<String> free = new LinkedHashSet<>();
                for (String key : keys) {
                    if (!busy.contains(key)) {
                        insert(key, owner, now);
                        free.add(key);
                    }
                }
                return free;
            });
        } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
            Set<String> free = new LinkedHashSet<>();
            keys.stream().filter(key -> takeOne(key, owner, now)).forEach(free::add);
            return free;
        }
    }

    private boolean takeOne(String key, String owner, Instant now) {
        jdbc.sql("DELETE FROM record_lock WHERE lock_key = ? AND expires_at < ?").params(key, ts(now)).update();
        try {
            insert(key, owner, now);
            return true;
        } catch (DuplicateKeyException | PessimisticLockingFailureException held) {
            return false;
        }
    }

    private void insert(String key, String owner, Instant now) {
        jdbc.sql("INSERT INTO record_lock (lock_key, owner, expires_at) VALUES (?, ?, ?)")
                .params(key, owner, ts(now.plus(ttl))).update();
    }
}
