package io.leadbridge.core.workflow.sla;

import io.leadbridge.core.rules.RuleNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules file's {@code sla} section: the speed-to-lead clock (MQL to the SDR's first touch) and the AE
 * acceptance clock (handoff to accept or reject), and who hears of a breach.
 */
public record SlaRules(SlaClockRules firstTouch, SlaClockRules aeAcceptance, Optional<String> escalateTo) {

    public static final SlaClockRules FIRST_TOUCH_DEFAULTS =
            new SlaClockRules(Duration.ofMinutes(30), Duration.ofMinutes(10), Set.of(BreachAction.TASK));
    public static final SlaClockRules AE_ACCEPTANCE_DEFAULTS =
            new SlaClockRules(Duration.ofHours(4), Duration.ofHours(1), Set.of(BreachAction.TASK));

    public SlaRules {
        Objects.requireNonNull(firstTouch, "firstTouch");
        Objects.requireNonNull(aeAcceptance, "aeAcceptance");
        Objects.requireNonNull(escalateTo, "escalateTo");
    }

    public static SlaRules defaults() {
        return new SlaRules(FIRST_TOUCH_DEFAULTS, AE_ACCEPTANCE_DEFAULTS, Optional.empty());
    }

    public SlaClockRules clock(SlaKind kind) {
        return kind == SlaKind.FIRST_TOUCH ? firstTouch : aeAcceptance;
    }

    /** Reads the {@code sla} section; a missing section reads as the defaults. */
    public static SlaRules read(RuleNode section) {
        section.allowOnly("first-touch", "ae-acceptance", "escalate-to");
        SlaClockRules firstTouch = SlaClockRules.read(section.get("first-touch"), FIRST_TOUCH_DEFAULTS);
        SlaClockRules aeAcceptance = SlaClockRules.read(section.get("ae-acceptance"), AE_ACCEPTANCE_DEFAULTS);
        RuleNode escalateNode = section.get("escalate-to");
        Optional<String> escalateTo = escalateNode.text();
        if (escalateTo.isPresent() && !escalateTo.get().contains("@")) {
            escalateNode.problem("must be the manager's email address, was \"" + escalateTo.get() + "\"");
            escalateTo = Optional.empty();
        }
        if (escalateTo.isEmpty() && (firstTouch.onBreach().contains(BreachAction.ESCALATE)
                || aeAcceptance.onBreach().contains(BreachAction.ESCALATE))) {
            escalateNode.problem("is required when an on-breach list names escalate");
        }
        return new SlaRules(firstTouch, aeAcceptance, escalateTo);
    }
}
