package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.HUBSPOT_CONTACTS;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.BackfillRun;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.testing.Failures;
import io.leadbridge.core.testing.FakeCrmSource;
import io.leadbridge.core.testing.InMemoryBackfillRuns;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.People;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A backfill pages a stream's existing records into the inbox and survives a restart at its stored cursor. */
class BackfillTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final FakeCrmSource hubspot = new FakeCrmSource(CrmSystem.HUBSPOT, HUBSPOT_CONTACTS);
    private final InMemoryChangeInbox inbox = new InMemoryChangeInbox();
    private final InMemoryBackfillRuns runs = new InMemoryBackfillRuns();

    @Test
    void everyExistingRecordReachesTheInboxOnceWithoutAStreamPositionAndTheRunFinishes() {
        existingContacts(5);
        Backfill backfill = new Backfill(List.of(hubspot), inbox, runs, 2, clock);

        backfill.start(HUBSPOT_CONTACTS, Optional.empty());
        while (runs.find(HUBSPOT_CONTACTS).orElseThrow().running()) {
            backfill.step();
        }

        assertThat(inbox.entries()).hasSize(5).allSatisfy(e -> assertThat(e.event().stream()).isEmpty());
        BackfillRun run = runs.find(HUBSPOT_CONTACTS).orElseThrow();
        assertThat(run.read()).isEqualTo(5);
        assertThat(run.stored()).isEqualTo(5);
        assertThat(run.finishedAt()).isPresent();
    }

    @Test
    void aBackfillRestartedOnItsStoredRunContinuesAtItsCursorAndStoresNothingTwice() {
        existingContacts(5);
        new Backfill(List.of(hubspot), inbox, runs, 2, clock).start(HUBSPOT_CONTACTS, Optional.empty());
        new Backfill(List.of(hubspot), inbox, runs, 2, clock).step();

        Backfill afterRestart = new Backfill(List.of(hubspot), inbox, runs, 2, clock);
        afterRestart.step();
        afterRestart.step();

        assertThat(hubspot.reads()).extracting(FakeCrmSource.Read::since).extracting(w -> w.recordId())
                .containsExactly("", "2", "4");
        assertThat(inbox.entries()).hasSize(5);
        assertThat(runs.find(HUBSPOT_CONTACTS).orElseThrow().running()).isFalse();
    }

    @Test
    void aBackfillFromATimeReadsOnlyRecordsChangedAtOrAfterIt() {
        existingContacts(5);
        Backfill backfill = new Backfill(List.of(hubspot), inbox, runs, 10, clock);

        backfill.start(HUBSPOT_CONTACTS, Optional.of(T0.plusSeconds(3)));
        backfill.step();

        assertThat(inbox.entries()).extracting(e -> e.event().ref().id()).containsExactly("3", "4", "5");
    }

    @Test
    void aSecondStartWhileRunningIsRefusedAndAnUnknownStreamIsNamed() {
        existingContacts(3);
        Backfill backfill = new Backfill(List.of(hubspot), inbox, runs, 1, clock);
        backfill.start(HUBSPOT_CONTACTS, Optional.empty());

        assertThatThrownBy(() -> backfill.start(HUBSPOT_CONTACTS, Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already running");
        assertThatThrownBy(() -> backfill.start(new StreamId(CrmSystem.SALESFORCE, "leads"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salesforce.leads");
    }

    @Test
    void aStreamWhoseReadFailsKeepsItsCursorWhileTheOtherStreamGoesOn() {
        existingContacts(2);
        StreamId leads = new StreamId(CrmSystem.SALESFORCE, "leads");
        FakeCrmSource salesforce = new FakeCrmSource(CrmSystem.SALESFORCE, leads);
        salesforce.upsert(leads, new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF"), T0,
                People.nobody().withEmail("lead@acme.example").build());
        Backfill backfill = new Backfill(List.of(hubspot, salesforce), inbox, runs, 10, clock);
        backfill.start(HUBSPOT_CONTACTS, Optional.empty());
        backfill.start(leads, Optional.empty());
        hubspot.failNextReads(1, Failures.retriable());

        assertThat(backfill.step()).isEqualTo(1);
        assertThat(runs.find(HUBSPOT_CONTACTS).orElseThrow().cursor()).isEqualTo(Watermark.BEGINNING);
        assertThat(runs.find(leads).orElseThrow().running()).isFalse();

        assertThat(backfill.step()).isEqualTo(2);
        assertThat(runs.find(HUBSPOT_CONTACTS).orElseThrow().running()).isFalse();
        assertThat(inbox.entries()).hasSize(3);
    }

    private void existingContacts(int count) {
        for (int i = 1; i <= count; i++) {
            hubspot.upsert(HUBSPOT_CONTACTS, hubspotContact(String.valueOf(i)), T0.plusSeconds(i),
                    People.nobody().withEmail("person" + i + "@acme.example").build());
        }
    }
}
