package io.leadbridge.proof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogHeapTest {

    @Test
    void thePeakInUseIsTheLargestHeapBeforeAnyPauseAndLiveDataComesFromFullPausesOnly() {
        GcLogHeap heap = GcLogHeap.of(List.of(
                "[2.489s][info][gc] GC(0) Pause Young (Allocation Failure) 17M->4M(61M) 112.233ms",
                "[2.897s][info][gc] GC(1) Pause Young (Allocation Failure) 210M->190M(494M) 136.879ms",
                "[3.001s][info][gc] GC(2) Pause Full (Allocation Failure) 180M->99M(494M) 96.858ms",
                "[4.100s][info][gc] GC(3) Pause Full (System.gc()) 120M->87M(494M) 50.000ms",
                "[4.200s][info][gc] Using Serial",
                "[5.000s][info][gc] GC(4) Pause Young (Allocation Failure) 1G->300M(2G) 10.000ms"));

        assertThat(heap.peakUsedBytes()).isEqualTo(1L << 30);
        assertThat(heap.peakLiveBytes()).isEqualTo(99L << 20);
    }

    @Test
    void aRunWithoutAFullPauseReportsNoLiveData() {
        GcLogHeap heap = GcLogHeap.of(List.of(
                "[2.489s][info][gc] GC(0) Pause Young (Allocation Failure) 17M->4M(61M) 112.233ms",
                "[3.489s][info][gc] GC(1) Pause Young (Allocation Failure) 512K->256K(61M) 1.000ms"));

        assertThat(heap.peakUsedBytes()).isEqualTo(17L << 20);
        assertThat(heap.peakLiveBytes()).isZero();
    }
}
