package io.leadbridge.core.touch;

import io.leadbridge.core.model.Touch;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an AE needs to know about the SDR's work on one person. Touches are the outbound ones (emails, calls,
 * voicemails, LinkedIn steps, meetings, notes the SDR logged); inbound ones are the prospect's replies.
 *
 * @param touchesByChannel  outbound touches per channel, in channel order
 * @param lastTouch         the latest outbound touch
 * @param cadenceStep       the furthest cadence step any touch counted for
 * @param timeToFirstTouch  from the MQL time to the first outbound touch at or after it; empty when there is no
 *                          MQL time or no touch since
 */
public record SdrContextSummary(int touchCount, Map<Touch.TouchChannel, Integer> touchesByChannel, int replies,
                                Optional<Touch> lastTouch, Optional<Integer> cadenceStep,
                                Optional<Duration> timeToFirstTouch) {

    public SdrContextSummary {
        touchesByChannel = Collections.unmodifiableMap(touchesByChannel.isEmpty()
                ? new EnumMap<>(Touch.TouchChannel.class) : new EnumMap<>(touchesByChannel));
        Objects.requireNonNull(lastTouch, "lastTouch");
        Objects.requireNonNull(cadenceStep, "cadenceStep");
        Objects.requireNonNull(timeToFirstTouch, "timeToFirstTouch");
    }

    /**
     * @param touches every touch on the person, from both CRMs, mirrors excluded, in any order
     * @param mqlAt   when the person became an MQL (the SDR clock's start), when known
     */
    public static SdrContextSummary of(List<Touch> touches, Optional<Instant> mqlAt) {
        List<Touch> outbound = touches.stream().filter(t -> t.direction() == Touch.TouchDirection.OUTBOUND)
                .sorted(Comparator.comparing(Touch::occurredAt)).toList();
        Map<Touch.TouchChannel, Integer> byChannel = new EnumMap<>(Touch.TouchChannel.class);
        outbound.forEach(t -> byChannel.merge(t.channel(), 1, Integer::sum));
        Optional<Integer> step = touches.stream().flatMap(t -> t.cadenceStep().stream()).max(Integer::compare);
        Optional<Duration> timeToFirst = mqlAt.flatMap(start -> outbound.stream()
                .filter(t -> !t.occurredAt().isBefore(start)).findFirst()
                .map(t -> Duration.between(start, t.occurredAt())));
        Optional<Touch> last = outbound.isEmpty() ? Optional.empty() : Optional.of(outbound.get(outbound.size() - 1));
        return new SdrContextSummary(outbound.size(), byChannel, touches.size() - outbound.size(), last, step,
                timeToFirst);
    }
}
