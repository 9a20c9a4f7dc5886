package io.leadbridge.salesforce.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitsTest {

    @Test
    void shortTextIsKept() {
        assertThat(TextLimits.truncate("hello", 5)).isEqualTo("hello");
    }

    @Test
    void longTextIsCutAtTheLimit() {
        assertThat(TextLimits.truncate("a".repeat(32_001), TextLimits.LONG_TEXT)).hasSize(32_000);
    }

    @Test
    void anEmojiAcrossTheLimitIsDroppedWholeRatherThanSplit() {
        String text = "a".repeat(31_999) + "😀" + "tail";

        String cut = TextLimits.truncate(text, TextLimits.LONG_TEXT);

        assertThat(cut).isEqualTo("a".repeat(31_999));
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void anEmojiEndingExactlyAtTheLimitIsKept() {
        String text = "a".repeat(31_998) + "😀" + "tail";

        assertThat(TextLimits.truncate(text, TextLimits.LONG_TEXT)).isEqualTo("a".repeat(31_998) + "😀");
    }
}
