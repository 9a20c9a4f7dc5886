package io.leadbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PolledChangesTest {

    private static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");
    private static final Instant T1 = Instant.parse("2026-01-15T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-15T10:00:01Z");

    @Test
    void passesOnEverythingAfterTheWatermarkWhenNoMorePagesWait() {
        PolledChanges changes = new PolledChanges(Watermark.BEGINNING);
        changes.add(change("20", T2));
        changes.add(change("10", T1));

        ChangePage page = changes.page(10, false);

        assertThat(page.events()).extracting(event -> event.ref().id()).containsExactly("10", "20");
        assertThat(page.next()).isEqualTo(new Watermark(T2, "20"));
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void holdsBackTheNewestMillisecondWhileMorePagesWait() {
        PolledChanges changes = new PolledChanges(Watermark.BEGINNING);
        changes.add(change("10", T1));
        changes.add(change("20", T2));

        ChangePage page = changes.page(10, true);

        assertThat(page.events()).extracting(event -> event.ref().id()).containsExactly("10");
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void hasNothingSettledWhileEverythingReadSharesTheNewestMillisecond() {
        PolledChanges changes = new PolledChanges(Watermark.BEGINNING);
        changes.add(change("10", T1));
        changes.add(change("11", T1));

        assertThat(changes.anySettled()).isFalse();
        assertThat(changes.page(10, true).events()).isEmpty();
        assertThat(changes.page(10, true).next()).isEqualTo(Watermark.BEGINNING);
    }

    @Test
    void reportsMoreWhenItReturnsFewerThanItHolds() {
        PolledChanges changes = new PolledChanges(Watermark.BEGINNING);
        changes.add(change("10", T1));
        changes.add(change("20", T2));

        ChangePage page = changes.page(1, false);

        assertThat(page.events()).extracting(event -> event.ref().id()).containsExactly("10");
        assertThat(page.next()).isEqualTo(new Watermark(T1, "10"));
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void returnsOneEventPerVersionWhenAVersionIsReadTwice() {
        PolledChanges changes = new PolledChanges(Watermark.BEGINNING);
        changes.add(change("10", T1));
        changes.add(change("10", T1));

        assertThat(changes.page(10, false).events()).hasSize(1);
    }

    @Test
    void dropsChangesAtOrBeforeTheWatermark() {
        PolledChanges changes = new PolledChanges(new Watermark(T1, "10"));
        changes.add(change("10", T1));
        changes.add(change("09", T1));
        changes.add(change("11", T1));

        assertThat(changes.page(10, false).events()).extracting(event -> event.ref().id()).containsExactly("11");
    }

    private static ChangeEvent change(String id, Instant modifiedAt) {
        return ChangeEvent.polled(CONTACTS, new ExternalRef(CrmSystem.HUBSPOT, "contact", id), modifiedAt,
                Person.builder().with(PersonField.EMAIL, id + "@example.com").build());
    }
}
