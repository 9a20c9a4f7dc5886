package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.RaceBeforeStatement;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.port.RecordLocks;
import io.leadbridge.core.port.RecordLocks.HeldKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The record locks exclude each other across owners, expire after their holder died, and release together. */
abstract class JdbcRecordLocksContract {

    private static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(2);

    private MigratedDatabase db;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aBatchTakesTheFreeKeysAndAnotherDrainGetsOnlyTheOnesItDidNotTakeUntilItReleasesThem() {
        RecordLocks drains = locksAt(T0);
        HeldKeys first = drains.tryLockAll(Set.of("hubspot:contact:101", "email:ada@example.com"));

        HeldKeys second = drains.tryLockAll(Set.of("salesforce:lead:00Q1", "email:ada@example.com"));

        assertThat(first.taken()).containsExactlyInAnyOrder("hubspot:contact:101", "email:ada@example.com");
        assertThat(second.taken()).containsExactly("salesforce:lead:00Q1");
        assertThat(drains.tryLock("hubspot:contact:101")).isEmpty();

        first.close();
        second.close();
        try (HeldKeys third = drains.tryLockAll(Set.of("hubspot:contact:101", "email:ada@example.com",
                "salesforce:lead:00Q1"))) {
            assertThat(third.taken()).hasSize(3);
        }
        assertThat(drains.tryLock("salesforce:lead:00Q1")).isPresent();
    }

    @Test
    void aLockWhoseHolderDiedIsFreeOnceItsTimeToLiveIsOver() {
        locksAt(T0).tryLockAll(Set.of("hubspot:contact:101", "email:ada@example.com"));

        assertThat(locksAt(T0.plus(TTL).minusSeconds(1)).tryLock("email:ada@example.com")).isEmpty();
        assertThat(locksAt(T0.plus(TTL).plusSeconds(1)).tryLockAll(Set.of("email:ada@example.com",
                "hubspot:contact:101")).taken()).hasSize(2);
    }

    @Test
    void releasingABatchLeavesAnotherBatchsLocksHeld() {
        RecordLocks drains = locksAt(T0);
        HeldKeys first = drains.tryLockAll(Set.of("hubspot:contact:101"));
        HeldKeys second = drains.tryLockAll(Set.of("hubspot:contact:102"));

        first.close();
        first.close();

        assertThat(drains.tryLock("hubspot:contact:102")).isEmpty();
        assertThat(drains.tryLock("hubspot:contact:101")).isPresent();
        second.close();
    }

    @Test
    void closingTheLocksReleasesEveryBatchStillRunningSoARestartDoesNotWaitForTheirTimeToLive() {
        JdbcRecordLocks stopping = new JdbcRecordLocks(db.jdbc(), db.tx(), Clock.fixed(T0, ZoneOffset.UTC), TTL);
        stopping.tryLockAll(Set.of("hubspot:contact:101", "email:ada@example.com"));
        HeldKeys released = stopping.tryLockAll(Set.of("hubspot:contact:102"));
        stopping.tryLockAll(Set.of("salesforce:lead:00Q3"));
        released.close();
        RecordLocks otherInstance = locksAt(T0);
        HeldKeys heldElsewhere = otherInstance.tryLockAll(Set.of("hubspot:contact:104"));

        stopping.close();

        assertThat(otherInstance.tryLockAll(Set.of("hubspot:contact:101", "email:ada@example.com",
                "salesforce:lead:00Q3")).taken()).hasSize(3);
        assertThat(otherInstance.tryLock("hubspot:contact:104")).as("another instance's batch").isEmpty();
        heldElsewhere.close();
    }

    @Test
    void aKeyAnotherDrainTakesBetweenTheReadAndTheInsertIsLeftToItAndTheRestAreTaken() {
        RecordLocks other = locksAt(T0);
        DataSource racing = RaceBeforeStatement.on(db.dataSource(), "INSERT INTO record_lock",
                () -> other.tryLock("email:kim@example.com").orElseThrow());
        RecordLocks batchDrain = new JdbcRecordLocks(JdbcClient.create(racing),
                new TransactionTemplate(new DataSourceTransactionManager(racing)), Clock.fixed(T0, ZoneOffset.UTC), TTL);

        HeldKeys batch = batchDrain.tryLockAll(Set.of("hubspot:contact:103", "email:kim@example.com"));

        assertThat(batch.taken()).containsExactly("hubspot:contact:103");
        assertThat(locksAt(T0).tryLock("email:kim@example.com")).as("still the other drain's").isEmpty();
        batch.close();
        assertThat(locksAt(T0).tryLock("hubspot:contact:103")).isPresent();
    }

    private RecordLocks locksAt(Instant now) {
        return new JdbcRecordLocks(db.jdbc(), db.tx(), Clock.fixed(now, ZoneOffset.UTC), TTL);
    }
}
