package io.leadbridge.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchTest {

    private static final String EMOJI = "\uD83D\uDE80";

    @Test
    void keepsABodyOfAtMostTheMaximumAsItIs() {
        String body = "x".repeat(Touch.MAX_EXCERPT);

        assertThat(touchWithBody(body).bodyExcerpt()).isEqualTo(body);
    }

    @Test
    void cutsALongerBodyToTheMaximum() {
        assertThat(touchWithBody("y".repeat(Touch.MAX_EXCERPT + 40)).bodyExcerpt())
                .isEqualTo("y".repeat(Touch.MAX_EXCERPT));
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        String body = "a".repeat(Touch.MAX_EXCERPT - 1) + EMOJI + "tail";

        String excerpt = touchWithBody(body).bodyExcerpt();

        assertThat(excerpt).isEqualTo("a".repeat(Touch.MAX_EXCERPT - 1));
        assertThat(Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 1))).isFalse();
    }

    @Test
    void keepsASurrogatePairThatEndsExactlyAtTheMaximum() {
        String body = "a".repeat(Touch.MAX_EXCERPT - 2) + EMOJI + "tail";

        assertThat(touchWithBody(body).bodyExcerpt()).isEqualTo("a".repeat(Touch.MAX_EXCERPT - 2) + EMOJI);
    }

    @Test
    void treatsMissingTextAsEmpty() {
        Touch touch = new Touch(ref(), TouchChannel.CALL, TouchDirection.OUTBOUND, Instant.EPOCH, null, null, null,
                Optional.empty(), Optional.empty());

        assertThat(touch.bodyExcerpt()).isEmpty();
        assertThat(touch.subject()).isEmpty();
        assertThat(touch.actorEmail()).isEmpty();
    }

    private static Touch touchWithBody(String body) {
        return new Touch(ref(), TouchChannel.EMAIL, TouchDirection.OUTBOUND, Instant.parse("2025-03-03T09:00:00Z"),
                "sdr@acme.example", "Quick question", body, Optional.of("replied"), Optional.of(2));
    }

    private static ExternalRef ref() {
        return new ExternalRef(CrmSystem.HUBSPOT, "email", "77");
    }
}
