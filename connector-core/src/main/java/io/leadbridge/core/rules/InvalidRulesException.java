package io.leadbridge.core.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules file cannot be used; carries every problem found, not just the first. */
public class InvalidRulesException extends RuntimeException {

    private final List<RuleProblem> problems;

    public InvalidRulesException(String source, List<RuleProblem> problems) {
        super("The rules file " + source + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
