package io.leadbridge.core.workflow.cadence;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.rules.RuleNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rules file's {@code cadences} section: named cadences, the first one being the default. */
public record CadenceRules(Map<String, Cadence> cadences) {

    static final Duration DEFAULT_WAIT_AFTER_BREAKUP = Duration.ofDays(3);
    private static final Set<FunnelStage> BREAKUP_STAGES = EnumSet.of(FunnelStage.NURTURE, FunnelStage.DISQUALIFIED);

    public CadenceRules {
        cadences = Collections.unmodifiableMap(new LinkedHashMap<>(cadences));
    }

    public Optional<Cadence> cadence(String name) {
        return Optional.ofNullable(cadences.get(name));
    }

    /** The cadence a person gets when the routing does not name one: the first in the file. */
    public Optional<Cadence> defaultCadence() {
        return cadences.values().stream().findFirst();
    }

    /** Reads the {@code cadences} section (names to cadences); a missing section has no cadences. */
    public static CadenceRules read(RuleNode section) {
        Map<String, Cadence> cadences = new LinkedHashMap<>();
        section.entries().forEach((name, node) -> readCadence(name, node).ifPresent(c -> cadences.put(name, c)));
        return new CadenceRules(cadences);
    }

    private static Optional<Cadence> readCadence(String name, RuleNode node) {
        node.allowOnly("steps", "after-breakup", "wait-after-breakup");
        RuleNode stageNode = node.get("after-breakup");
        FunnelStage afterBreakup = stageNode.oneOf(FunnelStage.class, FunnelStage.NURTURE);
        if (!BREAKUP_STAGES.contains(afterBreakup)) {
            stageNode.problem("must be nurture or disqualified, was \"" + stageNode.text("") + "\"");
            afterBreakup = FunnelStage.NURTURE;
        }
        Duration wait = node.get("wait-after-breakup").duration(DEFAULT_WAIT_AFTER_BREAKUP);
        RuleNode stepsNode = node.get("steps");
        List<RuleNode> items = stepsNode.items();
        if (items.isEmpty()) {
            stepsNode.problem("needs at least one step; the last one is the breakup email");
            return Optional.empty();
        }
        List<CadenceStep> steps = new ArrayList<>();
        int previousDay = 0;
        for (RuleNode item : items) {
            item.allowOnly("day", "touches");
            RuleNode dayNode = item.get("day");
            int day = dayNode.integer(previousDay + 1, 1, 365);
            if (day <= previousDay) {
                dayNode.problem("must come after the previous step's day " + previousDay + ", was " + day);
                day = previousDay + 1;
            }
            previousDay = day;
            Set<TouchChannel> touches = EnumSet.noneOf(TouchChannel.class);
            RuleNode touchesNode = item.get("touches");
            touchesNode.items().forEach(t -> touches.add(t.oneOf(TouchChannel.class, TouchChannel.EMAIL)));
            if (touches.isEmpty()) {
                touchesNode.problem("needs at least one of email, call, voicemail, linkedin, meeting, note");
                touches.add(TouchChannel.EMAIL);
            }
            steps.add(new CadenceStep(steps.size() + 1, day, touches));
        }
        return Optional.of(new Cadence(name, steps, afterBreakup, wait));
    }
}
