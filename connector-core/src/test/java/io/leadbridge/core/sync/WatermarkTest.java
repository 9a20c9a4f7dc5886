package io.leadbridge.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatermarkTest {

    private static final Instant T = Instant.parse("2025-03-03T09:00:00.123Z");

    @Test
    void ordersByModifiedTimeFirst() {
        Watermark earlier = new Watermark(T, "900");
        Watermark later = new Watermark(T.plusMillis(1), "100");

        assertThat(later).isGreaterThan(earlier);
        assertThat(later.isAfter(earlier)).isTrue();
        assertThat(earlier.isAfter(later)).isFalse();
    }

    @Test
    void breaksTiesAtTheSameMillisecondByRecordId() {
        assertThat(new Watermark(T, "00Q000000000002AAA")).isGreaterThan(new Watermark(T, "00Q000000000001AAA"));
    }

    @Test
    void ordersNumericIdsOfDifferentLengthsAtTheSameMillisecondNumerically() {
        Watermark nine = new Watermark(T, "9");
        Watermark ten = new Watermark(T, "10");

        assertThat(ten).isGreaterThan(nine);
        assertThat(ten.isAfter(nine)).isTrue();
    }

    @Test
    void beginningIsBeforeEveryPosition() {
        assertThat(new Watermark(Instant.EPOCH, "1").isAfter(Watermark.BEGINNING)).isTrue();
        assertThat(new Watermark(T, "").isAfter(Watermark.BEGINNING)).isTrue();
    }

    @Test
    void maxReturnsTheLaterPosition() {
        Watermark a = new Watermark(T, "5");
        Watermark b = new Watermark(T, "12");

        assertThat(Watermark.max(a, b)).isEqualTo(b);
        assertThat(Watermark.max(b, a)).isEqualTo(b);
    }

    @Test
    void sortKeyIsZeroPaddedMillisThenTheIdLengthThenTheId() {
        assertThat(new Watermark(T, "512").sortKey()).isEqualTo("001740992400123|003|512");
        assertThat(Watermark.BEGINNING.sortKey()).isEqualTo("000000000000000|000|");
    }

    @Test
    void sortKeysSortExactlyLikeWatermarks() {
        List<Watermark> marks = List.of(
                Watermark.BEGINNING,
                new Watermark(Instant.EPOCH, "1"),
                new Watermark(T, ""),
                new Watermark(T, "9"),
                new Watermark(T, "10"),
                new Watermark(T, "99"),
                new Watermark(T, "100"),
                new Watermark(T, "1000000000000000000"),
                new Watermark(T, "9223372036854775807"),
                new Watermark(T, "00Q000000000001"),
                new Watermark(T, "00Q000000000001AAA"),
                new Watermark(T, "00Q000000000001aaa"),
                new Watermark(T, "00Q000000000002AAA"),
                new Watermark(T, "a-record-id-longer-than-twenty-characters"),
                new Watermark(T, "b-record-id-longer-than-20"),
                new Watermark(T.plusMillis(1), "1"),
                new Watermark(T.plusSeconds(86_400L * 365 * 100), "1"));

        assertThat(sortedBy(marks, Comparator.comparing(Watermark::sortKey)))
                .containsExactlyElementsOf(sortedBy(marks, Comparator.naturalOrder()));
    }

    @Test
    void positionsWithinOneMillisecondAreTheSamePositionBecauseTheStoredFormKeepsMillis() {
        Watermark a = new Watermark(T.plusNanos(100_000), "2");
        Watermark b = new Watermark(T.plusNanos(900_000), "1");

        assertThat(a.sortKey().compareTo(b.sortKey()) > 0).isEqualTo(a.compareTo(b) > 0);
        assertThat(new Watermark(T.plusNanos(500_000), "1")).isEqualTo(new Watermark(T, "1"));
    }

    @Test
    void refusesPositionsThatTheStoredFormCannotOrder() {
        assertThatThrownBy(() -> new Watermark(Instant.EPOCH.minusMillis(1), "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("modifiedAt");
        assertThatThrownBy(() -> new Watermark(T, "7".repeat(Watermark.MAX_RECORD_ID_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recordId");
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> new Watermark(null, "1")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Watermark(T, null)).isInstanceOf(NullPointerException.class);
    }

    private static List<Watermark> sortedBy(List<Watermark> marks, Comparator<Watermark> order) {
        List<Watermark> sorted = new ArrayList<>(marks);
        sorted.sort(order);
        return sorted;
    }
}
