package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.Touch.TouchChannel;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a cadence: on day {@code day} (day 1 is the day the cadence starts) the SDR makes one touch on each
 * of {@code touches}.
 *
 * @param number 1-based position in the cadence
 */
public record CadenceStep(int number, int day, Set<TouchChannel> touches) {

    public CadenceStep {
        if (number < 1 || day < 1) {
            throw new IllegalArgumentException("number and day start at 1: " + number + ", " + day);
        }
        Objects.requireNonNull(touches, "touches");
        if (touches.isEmpty()) {
            throw new IllegalArgumentException("step " + number + " has no touches");
        }
        touches = Set.copyOf(EnumSet.copyOf(touches));
    }
}
