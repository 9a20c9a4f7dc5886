package io.leadbridge.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of reading one rules file: the problems found so far and every key the readers declared
 * (as a path pattern such as {@code qualification.scoring[].weight}), which the documentation test checks
 * against {@code docs/rules-reference.md}. Not thread-safe: one reading per thread.
 */
public final class RuleReading {

    private final String source;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Set<String> declaredKeys = new TreeSet<>();

    public RuleReading(String source) {
        this.source = source;
    }

    public void problem(String path, String message) {
        problems.add(new RuleProblem(path, message));
    }

    void declare(String keyPattern) {
        declaredKeys.add(keyPattern);
    }

    public List<RuleProblem> problems() {
        return List.copyOf(problems);
    }

    /** Every key a reader accepted somewhere, as a path pattern with {@code []} for list items. */
    public Set<String> declaredKeys() {
        return Set.copyOf(declaredKeys);
    }

    /** Throws {@link InvalidRulesException} naming every problem, if there is any. */
    public void failOnProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(source, problems);
        }
    }
}
