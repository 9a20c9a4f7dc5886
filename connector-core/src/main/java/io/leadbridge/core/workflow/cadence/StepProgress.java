package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.Touch.TouchChannel;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** One step's touches so far: the time of the touch matched to each of its channels. */
public record StepProgress(CadenceStep step, Map<TouchChannel, Instant> done) {

    public StepProgress {
        done = Collections.unmodifiableMap(done.isEmpty() ? new EnumMap<>(TouchChannel.class) : new EnumMap<>(done));
    }

    public boolean complete() {
        return done.keySet().containsAll(step.touches());
    }

    /** When the step's last touch was made, once it is complete. */
    public Optional<Instant> completedAt() {
        return complete() ? done.values().stream().max(Instant::compareTo) : Optional.empty();
    }
}
