package io.leadbridge.core.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(5), Duration.ofMinutes(1));

    @Test
    void waitsTheInitialBackoffAfterTheFirstFailure() {
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoffAfter(0)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void doublesTheBackoffAfterEachFurtherFailureUpToTheCap() {
        List<Duration> backoffs = IntStream.rangeClosed(1, 6).mapToObj(policy::backoffAfter).toList();

        assertThat(backoffs).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(40), Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    @Test
    void staysAtTheCapForVeryManyFailuresWithoutOverflowing() {
        assertThat(policy.backoffAfter(1_000)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryPolicy.DEFAULT.backoffAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void isExhaustedOnceTheFailuresReachMaxAttempts() {
        assertThat(policy.exhausted(4)).isFalse();
        assertThat(policy.exhausted(5)).isTrue();
        assertThat(policy.exhausted(6)).isTrue();
    }

    @Test
    void aSingleAttemptPolicyGivesUpAfterTheFirstFailure() {
        assertThat(new RetryPolicy(1, Duration.ZERO, Duration.ZERO).exhausted(1)).isTrue();
    }

    @Test
    void defaultRetriesEightTimesFromFiveSecondsUpToFifteenMinutes() {
        assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(8);
        assertThat(RetryPolicy.DEFAULT.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryPolicy.DEFAULT.exhausted(7)).isFalse();
        assertThat(RetryPolicy.DEFAULT.exhausted(8)).isTrue();
    }

    @Test
    void refusesAPolicyThatNeverTries() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }

    @Test
    void refusesANegativeOrInvertedBackoff() {
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
