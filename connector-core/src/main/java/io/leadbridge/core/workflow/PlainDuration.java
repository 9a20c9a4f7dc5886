package io.leadbridge.core.workflow;

import java.time.Duration;

/** A duration as an SDR or AE reads it in a task or note: "30 minutes", "4 hours", "3 days", "45 seconds". */
public final class PlainDuration {

    private PlainDuration() {
    }

    public static String of(Duration duration) {
        if (duration.toSeconds() % 60 != 0) {
            return plural(duration.toSeconds(), "second");
        }
        long minutes = duration.toMinutes();
        if (minutes > 0 && minutes % (24 * 60) == 0) {
            return plural(minutes / (24 * 60), "day");
        }
        if (minutes > 0 && minutes % 60 == 0) {
            return plural(minutes / 60, "hour");
        }
        return plural(minutes, "minute");
    }

    private static String plural(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
