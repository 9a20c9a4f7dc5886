package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.core.touch.TouchMirrorStore.StoredMirror;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The V5 touch_mirror table makes a mirror's claim atomic and keeps the written activity with its key. */
abstract class JdbcTouchMirrorStoreContract {

    private static final ExternalRef EMAIL = new ExternalRef(CrmSystem.HUBSPOT, "email", "88120455401");
    private static final ExternalRef LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF");
    private static final ExternalRef TASK = new ExternalRef(CrmSystem.SALESFORCE, "Task", "00T5g00000XyZ12EAB");
    private static final Instant T0 = Instant.parse("2026-11-25T09:30:00.125Z");

    private MigratedDatabase db;
    private JdbcTouchMirrorStore mirrors;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
        mirrors = new JdbcTouchMirrorStore(db.jdbc(), DurableCommits.of(db.dataSource(), db.jdbc()));
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aMirrorIsClaimedOnceAndKeepsTheWrittenActivityWithItsKey() {
        MirroredActivity activity = emailToKim();

        assertThat(mirrors.claim(activity, T0)).isTrue();
        assertThat(mirrors.find(activity.idempotencyKey())).contains(new StoredMirror(activity.idempotencyKey(),
                EMAIL, LEAD, T0, Optional.empty(), Optional.empty()));

        mirrors.written(activity.idempotencyKey(), TASK, T0.plusSeconds(2));

        assertThat(mirrors.claim(activity, T0.plusSeconds(60))).isFalse();
        assertThat(mirrors.find(activity.idempotencyKey())).contains(new StoredMirror(activity.idempotencyKey(),
                EMAIL, LEAD, T0, Optional.of(TASK), Optional.of(T0.plusSeconds(2))));
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM touch_mirror").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anInterruptedClaimBlocksAnotherClaimButAReleasedOneCanBeClaimedAgain() {
        MirroredActivity activity = emailToKim();
        mirrors.claim(activity, T0);

        assertThat(mirrors.claim(activity, T0.plusSeconds(30))).isFalse();

        mirrors.release(activity.idempotencyKey());
        assertThat(mirrors.find(activity.idempotencyKey())).isEmpty();
        assertThat(mirrors.claim(activity, T0.plusSeconds(60))).isTrue();
    }

    @Test
    void aWrittenMirrorIsNeitherReleasedNorRecordedTwice() {
        MirroredActivity activity = emailToKim();
        mirrors.claim(activity, T0);
        mirrors.written(activity.idempotencyKey(), TASK, T0.plusSeconds(2));

        mirrors.release(activity.idempotencyKey());

        assertThat(mirrors.find(activity.idempotencyKey()).orElseThrow().writtenActivity()).contains(TASK);
        assertThatThrownBy(() -> mirrors.written(activity.idempotencyKey(), TASK, T0.plusSeconds(9)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(activity.idempotencyKey());
    }

    @Test
    void anUnknownKeyHasNoMirror() {
        assertThat(mirrors.find(IdempotencyKeys.mirrorOf(EMAIL, CrmSystem.SALESFORCE))).isEmpty();
    }

    private static MirroredActivity emailToKim() {
        return new MirroredActivity(LEAD, EMAIL, Touch.TouchChannel.EMAIL, Touch.TouchDirection.OUTBOUND,
                "sdr@example.com", "Intro: Leadbridge for Acme", "Hi Kim, ...", T0.minusSeconds(600),
                Optional.empty(), Optional.of(1), IdempotencyKeys.mirrorOf(EMAIL, CrmSystem.SALESFORCE));
    }
}
