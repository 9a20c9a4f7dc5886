package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import io.leadbridge.core.testing.People;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResyncTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private final InMemoryChangeInbox inbox = new InMemoryChangeInbox();

    @Test
    void aCurrentVersionTheInboxLacksIsQueuedWithoutAStreamPositionAndOneItHoldsIsNotStoredTwice() {
        ChangeEvent seen = polledContact("101", T0, People.nobody().withEmail("kim@acme.example").build());
        inbox.append(seen);
        ChangeEvent fresh = polledContact("102", T0, People.nobody().withEmail("noor@acme.example").build());

        Resync.Report report = new Resync(inbox).push(List.of(seen, fresh));

        assertThat(report.queued()).containsExactly(hubspotContact("102"));
        assertThat(report.alreadySeen()).containsExactly(hubspotContact("101"));
        assertThat(inbox.entries()).hasSize(2);
        assertThat(inbox.entryFor(fresh)).hasValueSatisfying(e -> assertThat(e.event().stream()).isEmpty());
    }
}
