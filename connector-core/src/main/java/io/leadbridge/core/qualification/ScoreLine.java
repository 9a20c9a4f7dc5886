package io.leadbridge.core.qualification;

/** One scoring rule that held for a person: its id, its points and why it held. */
public record ScoreLine(String ruleId, int points, String why) {

    @Override
    public String toString() {
        return (points >= 0 ? "+" : "") + points + " " + ruleId + " (" + why + ")";
    }
}
