package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a person's logged touches to the steps of their cadence and says where it stands. An outbound touch
 * counts for the step it names ({@link Touch#cadenceStep()}), else for the earliest step whose day has begun and
 * that still lacks a touch on that channel; a touch that fits no step counts for none. Any inbound touch after
 * the start is a reply and stops the cadence.
 */
public final class CadenceTracker {

    private CadenceTracker() {
    }

    public static CadenceProgress progress(Cadence cadence, Instant startedAt, List<Touch> touches, Instant now) {
        List<Touch> sinceStart = touches.stream().filter(t -> !t.occurredAt().isBefore(startedAt))
                .filter(t -> !t.occurredAt().isAfter(now))
                .sorted(Comparator.comparing(Touch::occurredAt)).toList();
        Optional<Instant> reply = sinceStart.stream().filter(t -> t.direction() == Touch.TouchDirection.INBOUND)
                .map(Touch::occurredAt).findFirst();
        List<Map<TouchChannel, Instant>> done = new ArrayList<>();
        cadence.steps().forEach(step -> done.add(new EnumMap<>(TouchChannel.class)));
        sinceStart.stream()
                .filter(t -> t.direction() == Touch.TouchDirection.OUTBOUND)
                .filter(t -> reply.isEmpty() || t.occurredAt().isBefore(reply.get()))
                .forEach(touch -> stepFor(cadence, startedAt, touch, done)
                        .ifPresent(index -> done.get(index).put(touch.channel(), touch.occurredAt())));
        List<StepProgress> steps = new ArrayList<>();
        for (int i = 0; i < cadence.steps().size(); i++) {
            steps.add(new StepProgress(cadence.steps().get(i), done.get(i)));
        }
        Optional<CadenceStep> next = steps.stream().filter(s -> !s.complete()).map(StepProgress::step).findFirst();
        Optional<Instant> nextDueBy = next.map(step -> cadence.dayStart(startedAt, step).plus(Duration.ofDays(1)));
        if (reply.isPresent()) {
            return new CadenceProgress(cadence, startedAt, steps, CadenceOutcome.REPLIED, reply, next, nextDueBy);
        }
        Optional<Instant> breakupAt = steps.get(steps.size() - 1).completedAt();
        if (next.isEmpty() && breakupAt.isPresent()) {
            Instant waitEnds = breakupAt.get().plus(cadence.waitAfterBreakup());
            if (!now.isBefore(waitEnds)) {
                return new CadenceProgress(cadence, startedAt, steps, CadenceOutcome.FINISHED_WITHOUT_REPLY,
                        Optional.of(waitEnds), next, nextDueBy);
            }
        }
        return new CadenceProgress(cadence, startedAt, steps, CadenceOutcome.RUNNING, Optional.empty(), next,
                nextDueBy);
    }

    private static Optional<Integer> stepFor(Cadence cadence, Instant startedAt, Touch touch,
                                             List<Map<TouchChannel, Instant>> done) {
        if (touch.cadenceStep().isPresent()) {
            int index = touch.cadenceStep().get() - 1;
            boolean fits = index >= 0 && index < cadence.steps().size()
                    && cadence.steps().get(index).touches().contains(touch.channel())
                    && !done.get(index).containsKey(touch.channel());
            return fits ? Optional.of(index) : Optional.empty();
        }
        for (int i = 0; i < cadence.steps().size(); i++) {
            CadenceStep step = cadence.steps().get(i);
            if (step.touches().contains(touch.channel()) && !done.get(i).containsKey(touch.channel())
                    && !touch.occurredAt().isBefore(cadence.dayStart(startedAt, step))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
