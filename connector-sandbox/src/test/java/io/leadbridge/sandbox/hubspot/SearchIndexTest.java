package io.leadbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    private final Deque<Double> draws = new ArrayDeque<>();
    private final SearchIndex index = new SearchIndex(Duration.ofSeconds(10), draws::pop);

    @Test
    void aRecordWrittenFirstCanBeMissingWhileOneWrittenAfterItIsFound() {
        draws.addAll(List.of(0.9, 0.1));
        index.stored(email(1, "first", T0), T0);
        index.stored(email(2, "second", T0.plusSeconds(1)), T0.plusSeconds(1));

        assertThat(ids(T0.plusSeconds(3))).as("the second is indexed, the first not yet").containsExactly(2L);
        assertThat(ids(T0.plusSeconds(9))).containsExactly(1L, 2L);
    }

    @Test
    void anUpdatedRecordIsFoundAsItWasUntilTheNewVersionIsIndexedAndALateOlderVersionNeverReplacesANewerOne() {
        draws.addAll(List.of(0.0, 0.8, 0.1));
        index.stored(email(1, "v1", T0), T0);
        index.stored(email(1, "v2", T0.plusSeconds(1)), T0.plusSeconds(1));
        index.stored(email(1, "v3", T0.plusSeconds(2)), T0.plusSeconds(2));

        assertThat(subjects(T0.plusSeconds(2))).containsExactly("v1");
        assertThat(subjects(T0.plusSeconds(3))).containsExactly("v3");
        assertThat(subjects(T0.plusSeconds(10))).as("v2, indexed last, is older than v3").containsExactly("v3");
    }

    @Test
    void withoutADelayEveryVersionIsFoundAtOnceAndAnArchivedRecordIsNot() {
        SearchIndex immediate = new SearchIndex(Duration.ZERO, 42L);
        HubSpotRecord email = email(1, "v1", T0);
        immediate.stored(email, T0);
        immediate.stored(email(2, "v1", T0), T0);
        immediate.stored(email.archive(T0), T0);

        assertThat(immediate.searchable(ObjectType.EMAILS, T0)).extracting(HubSpotRecord::id).containsExactly(2L);
    }

    private List<Long> ids(Instant at) {
        return index.searchable(ObjectType.EMAILS, at).stream().map(HubSpotRecord::id).toList();
    }

    private List<String> subjects(Instant at) {
        return index.searchable(ObjectType.EMAILS, at).stream()
                .map(r -> r.property("hs_email_subject").orElseThrow()).toList();
    }

    private static HubSpotRecord email(long id, String subject, Instant at) {
        return new HubSpotRecord(ObjectType.EMAILS, id, Map.of("hs_email_subject", subject), T0, at, false, null);
    }
}
