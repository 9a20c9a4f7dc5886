package io.leadbridge.salesforce.mapping;

/** Cuts text to a Salesforce field length without splitting a surrogate pair (an emoji stays whole or goes). */
public final class TextLimits {

    /** Task {@code Description} ("Comments") and Lead {@code Description} hold 32,000 characters. */
    public static final int LONG_TEXT = 32_000;
    /** Task {@code Subject}. */
    public static final int SUBJECT = 255;

    private TextLimits() {
    }

    public static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
