package io.leadbridge.core.rules;

import java.util.Objects;

/**
 * One thing wrong with the rules file, where it is: {@code qualification.scoring[2].weight: must be a number
 * between 0 and 100, was "high"}.
 */
public record RuleProblem(String path, String message) {

    public RuleProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(file)" : path) + ": " + message;
    }
}
