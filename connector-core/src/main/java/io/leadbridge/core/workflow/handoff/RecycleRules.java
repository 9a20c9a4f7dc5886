package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.rules.RuleNode;

/**
 * The rules file's {@code recycle} section: where an AE-rejected person goes back to, and after how many
 * rejections the person is flagged as stuck in a reject loop.
 */
public record RecycleRules(FunnelStage to, int flagAfterRejections) {

    public RecycleRules {
        if (to != FunnelStage.NEW && to != FunnelStage.WORKING) {
            throw new IllegalArgumentException("a rejected person is recycled to NEW or WORKING, not " + to);
        }
        if (flagAfterRejections < 1) {
            throw new IllegalArgumentException("flagAfterRejections must be at least 1: " + flagAfterRejections);
        }
    }

    public static RecycleRules defaults() {
        return new RecycleRules(FunnelStage.WORKING, 2);
    }

    /** Reads the {@code recycle} section; a missing section reads as the defaults. */
    public static RecycleRules read(RuleNode section) {
        section.allowOnly("to", "flag-after-rejections");
        RuleNode toNode = section.get("to");
        FunnelStage to = toNode.oneOf(FunnelStage.class, FunnelStage.WORKING);
        if (to != FunnelStage.NEW && to != FunnelStage.WORKING) {
            toNode.problem("must be new or working, was \"" + toNode.text("") + "\"");
            to = FunnelStage.WORKING;
        }
        return new RecycleRules(to, section.get("flag-after-rejections").integer(2, 1, 100));
    }
}
