package io.leadbridge.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedWriteTest {

    private static final SyncFailure.RateLimited LIMITED = new SyncFailure.RateLimited("TEN_SECONDLY_ROLLING",
            "limit", "", Duration.ofSeconds(10));
    private final List<List<String>> calls = new ArrayList<>();

    @Test
    void writesInChunksAndALaterCallThatWroteNothingKeepsTheEarlierResults() {
        List<WriteResult> results = ChunkedWrite.of(List.of("a", "b", "c", "d", "e"), 2, chunk -> {
            calls.add(chunk);
            if (chunk.contains("c")) {
                throw new SyncFailureException(LIMITED);
            }
            return chunk.stream().<WriteResult>map(r -> new WriteResult.Written(ref(r), true)).toList();
        });

        assertThat(calls).as("nothing sent after the refused call").containsExactly(List.of("a", "b"),
                List.of("c", "d"));
        assertThat(results).containsExactly(new WriteResult.Written(ref("a"), true),
                new WriteResult.Written(ref("b"), true), new WriteResult.Failed(LIMITED), new WriteResult.Failed(LIMITED),
                new WriteResult.Failed(LIMITED));
    }

    @Test
    void aFailureThatMayHaveWrittenOrOneOfTheFirstCallIsThrown() {
        SyncFailure.Retriable timeout = new SyncFailure.Retriable("TIMEOUT", "no answer", "");

        assertThatThrownBy(() -> ChunkedWrite.of(List.of("a", "b", "c"), 2, chunk -> {
            if (chunk.contains("c")) {
                throw new SyncFailureException(timeout);
            }
            return chunk.stream().<WriteResult>map(r -> new WriteResult.Written(ref(r), true)).toList();
        })).isInstanceOfSatisfying(SyncFailureException.class, e -> assertThat(e.failure()).isEqualTo(timeout));
        assertThatThrownBy(() -> ChunkedWrite.of(List.of("a", "b", "c"), 2, chunk -> {
            throw new SyncFailureException(LIMITED);
        })).isInstanceOf(SyncFailureException.class);
    }

    private static ExternalRef ref(String id) {
        return new ExternalRef(CrmSystem.SALESFORCE, "Task", id);
    }
}
