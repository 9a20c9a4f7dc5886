package io.leadbridge.core.workflow.sla;

import io.leadbridge.core.rules.RuleNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One SLA clock's rules.
 *
 * @param within       how long the owner has
 * @param remindBefore how long before the breach the owner is reminded; zero for no reminder
 * @param onBreach     what happens when the clock runs out
 */
public record SlaClockRules(Duration within, Duration remindBefore, Set<BreachAction> onBreach) {

    public SlaClockRules {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(remindBefore, "remindBefore");
        onBreach = onBreach.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(onBreach));
    }

    public boolean reminds() {
        return !remindBefore.isZero();
    }

    static SlaClockRules read(RuleNode clock, SlaClockRules defaults) {
        clock.allowOnly("within", "remind-before", "on-breach");
        Duration within = clock.get("within").duration(defaults.within());
        if (within.isZero()) {
            clock.get("within").problem("must be longer than zero");
            within = defaults.within();
        }
        RuleNode remindNode = clock.get("remind-before");
        Duration remindBefore = remindNode.duration(defaults.remindBefore());
        if (remindBefore.compareTo(within) >= 0) {
            remindNode.problem("must be shorter than within (" + within.toMinutes() + " minutes)");
            remindBefore = Duration.ZERO;
        }
        RuleNode breachNode = clock.get("on-breach");
        Set<BreachAction> onBreach = breachNode.isMissing() ? defaults.onBreach() : actions(breachNode.items());
        return new SlaClockRules(within, remindBefore, onBreach);
    }

    private static Set<BreachAction> actions(List<RuleNode> items) {
        Set<BreachAction> actions = EnumSet.noneOf(BreachAction.class);
        items.forEach(item -> actions.add(item.oneOf(BreachAction.class, BreachAction.TASK)));
        return actions;
    }
}
