package io.leadbridge.core.qualification;

/**
 * How much the person has engaged with the SDRs so far.
 *
 * @param touches logged touches (emails, calls, meetings) in either CRM
 * @param replies touches that were the person's answers (inbound emails, connected calls)
 */
public record Engagement(int touches, int replies) {

    public static final Engagement NONE = new Engagement(0, 0);

    public Engagement {
        if (touches < 0 || replies < 0) {
            throw new IllegalArgumentException("touches and replies cannot be negative");
        }
    }
}
