package io.leadbridge.core.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncFailureTest {

    @Test
    void exceptionMessageNamesTheVariantCodeMessageAndCorrelationId() {
        SyncFailureException e = new SyncFailureException(
                new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW", "row locked", "abc-123"));

        assertThat(e).hasMessage("Retriable UNABLE_TO_LOCK_ROW: row locked (correlation id abc-123)");
        assertThat(e.failure().code()).isEqualTo("UNABLE_TO_LOCK_ROW");
    }

    @Test
    void missingTextBecomesEmpty() {
        SyncFailure.Permanent failure = new SyncFailure.Permanent(null, null, null, List.of("Company"));

        assertThat(failure.code()).isEmpty();
        assertThat(failure.correlationId()).isEmpty();
        assertThat(new SyncFailureException(failure)).hasMessage("Permanent : ");
    }

    @Test
    void aRateLimitCannotAskToWaitANegativeTime() {
        assertThatThrownBy(() -> new SyncFailure.RateLimited("429", "slow down", "", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
