package io.leadbridge.core.rules;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses the rules file's text into plain maps, lists and scalars. Safe: no YAML tags create objects, aliases
 * are limited, and a syntax error is reported with its line and column.
 */
public final class RulesYaml {

    /** Larger than any sensible rules file; refuses "billion laughs" style documents. */
    static final int MAX_CODE_POINTS = 1_000_000;

    private RulesYaml() {
    }

    /** The document's root (a mapping); an empty document reads as an empty mapping. */
    public static Object parse(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        try {
            Object document = new Yaml(new SafeConstructor(options)).load(text);
            if (document == null) {
                return Map.of();
            }
            if (!(document instanceof Map<?, ?>)) {
                throw new InvalidRulesException(source, List.of(new RuleProblem("",
                        "must be a mapping of sections (version, qualification, routing, ...)")));
            }
            return document;
        } catch (MarkedYAMLException syntax) {
            String where = syntax.getProblemMark() == null ? ""
                    : "line " + (syntax.getProblemMark().getLine() + 1) + ", column "
                            + (syntax.getProblemMark().getColumn() + 1) + ": ";
            throw new InvalidRulesException(source, List.of(new RuleProblem("", where + "not valid YAML ("
                    + syntax.getProblem() + ")")));
        } catch (YAMLException other) {
            throw new InvalidRulesException(source, List.of(new RuleProblem("", "not valid YAML (" + other.getMessage() + ")")));
        }
    }
}
