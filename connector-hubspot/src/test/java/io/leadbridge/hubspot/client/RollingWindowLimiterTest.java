package io.leadbridge.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingWindowLimiterTest {

    private static final long MS = 1_000_000;

    /** A clock that only moves when a caller sleeps, and the starts the callers were let through at. */
    private static final class FakeTime {
        long now = 7 * MS;
        /** Added to the next sleep: a caller that wakes late. */
        long lateWake;
        final List<Long> starts = new ArrayList<>();

        RollingWindowLimiter limiter(int max, Duration window) {
            return new RollingWindowLimiter(max, window, () -> now, nanos -> {
                now += nanos + lateWake;
                lateWake = 0;
            });
        }

        void call(RollingWindowLimiter limiter) {
            assertThat(limiter.acquire(Duration.ofSeconds(10))).isTrue();
            starts.add(now);
        }

        void calls(RollingWindowLimiter limiter, int count) {
            for (int i = 0; i < count; i++) {
                call(limiter);
            }
        }

        void assertEachAWindowAfterTheFifthBeforeIt(long window) {
            for (int i = 5; i < starts.size(); i++) {
                assertThat(starts.get(i) - starts.get(i - 5)).as("call %d and the fifth before it", i)
                        .isGreaterThanOrEqualTo(window);
            }
        }
    }

    @Test
    void letsFiveThroughAtOnceAndEachLaterCallOneWindowAfterTheFifthBeforeIt() {
        FakeTime time = new FakeTime();
        RollingWindowLimiter limiter = time.limiter(5, Duration.ofMillis(1_050));

        time.calls(limiter, 12);

        assertThat(time.starts).containsExactly(7 * MS, 7 * MS, 7 * MS, 7 * MS, 7 * MS,
                1_057 * MS, 1_057 * MS, 1_057 * MS, 1_057 * MS, 1_057 * MS, 2_107 * MS, 2_107 * MS);
    }

    @Test
    void keepsTheFullRateWhenCallsComeSpreadOutAndNeverPutsSixInOneWindow() {
        FakeTime time = new FakeTime();
        RollingWindowLimiter limiter = time.limiter(5, Duration.ofMillis(1_050));

        for (int i = 0; i < 50; i++) {
            time.call(limiter);
            time.now += 90 * MS;
        }

        time.assertEachAWindowAfterTheFifthBeforeIt(1_050 * MS);
        assertThat(time.starts.get(45) - time.starts.get(0)).as("the full rate: five calls in each window")
                .isEqualTo(9 * 1_050 * MS);
    }

    @Test
    void aCallerThatWakesLateMovesItsStartSoTheCallsSpacedFromItStayAWindowBehindWhenItWentOut() {
        FakeTime time = new FakeTime();
        RollingWindowLimiter limiter = time.limiter(5, Duration.ofMillis(1_050));
        time.calls(limiter, 5);

        time.lateWake = 200 * MS;
        time.calls(limiter, 7);

        assertThat(time.starts.get(5)).as("given 1,057 ms, out at 1,257").isEqualTo(1_257 * MS);
        assertThat(time.starts.get(10)).as("one window after the late call went out, not after its given start")
                .isEqualTo(2_307 * MS);
        time.assertEachAWindowAfterTheFifthBeforeIt(1_050 * MS);
    }

    @Test
    void refusesWithoutTakingAStartWhenTheWaitWouldPassTheTimeout() {
        FakeTime time = new FakeTime();
        RollingWindowLimiter limiter = time.limiter(2, Duration.ofSeconds(1));
        time.call(limiter);
        time.call(limiter);

        assertThat(limiter.acquire(Duration.ofMillis(999))).isFalse();
        assertThat(time.now).as("nobody slept").isEqualTo(7 * MS);

        time.call(limiter);
        assertThat(time.starts).containsExactly(7 * MS, 7 * MS, 1_007 * MS);
    }

    @Test
    void anInterruptedWaitLetsNothingThroughAndKeepsTheInterrupt() {
        RollingWindowLimiter limiter = new RollingWindowLimiter(1, Duration.ofSeconds(1), () -> 0L,
                nanos -> {
                    throw new InterruptedException("stopping");
                });
        assertThat(limiter.acquire(Duration.ofSeconds(5))).isTrue();

        assertThat(limiter.acquire(Duration.ofSeconds(5))).isFalse();
        assertThat(Thread.interrupted()).isTrue();
    }
}
