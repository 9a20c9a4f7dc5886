package io.leadbridge.core.rules;

import io.leadbridge.core.qualification.QualificationRules;
import io.leadbridge.core.routing.RoutingRules;
import io.leadbridge.core.sync.FieldOwnershipRules;
import io.leadbridge.core.sync.StatusRules;
import io.leadbridge.core.workflow.cadence.CadenceRules;
import io.leadbridge.core.workflow.handoff.HandoffRules;
import io.leadbridge.core.workflow.handoff.RecycleRules;
import io.leadbridge.core.workflow.sla.SlaRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a whole rules file: {@code version: 1} and one reader per top-level section. A section may be left out
 * (its reader then returns its defaults); every problem of every section is collected before failing.
 */
public final class RulesFile {

    /** The only version of the file's format so far. */
    public static final int VERSION = 1;

    /** Top-level section key to its reader, in the order the reference documents them. */
    private static final Map<String, Function<RuleNode, ?>> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put(FieldOwnershipRules.SECTION, FieldOwnershipRules::read);
        SECTIONS.put(StatusRules.SECTION, StatusRules::read);
        SECTIONS.put("qualification", QualificationRules::read);
        SECTIONS.put("routing", RoutingRules::read);
        SECTIONS.put("sla", SlaRules::read);
        SECTIONS.put("cadences", CadenceRules::read);
        SECTIONS.put("handoff", HandoffRules::read);
        SECTIONS.put("recycle", RecycleRules::read);
    }

    private RulesFile() {
    }

    /**
     * @throws InvalidRulesException naming every problem with its path
     */
    public static Rules read(String text, String source, Instant loadedAt) {
        RuleReading reading = new RuleReading(source);
        Rules rules = read(text, source, loadedAt, reading);
        reading.failOnProblems();
        return rules;
    }

    /**
     * Reads into {@code reading}, which collects the problems and the declared keys; the result is meaningful only
     * when the reading has no problems.
     *
     * @throws InvalidRulesException when the text is not YAML or not a mapping
     */
    public static Rules read(String text, String source, Instant loadedAt, RuleReading reading) {
        List<String> keys = new ArrayList<>();
        keys.add("version");
        keys.addAll(SECTIONS.keySet());
        RuleNode root = RuleNode.root(RulesYaml.parse(text, source), reading).allowOnly(keys.toArray(String[]::new));
        RuleNode version = root.get("version");
        if (version.isMissing()) {
            version.problem("is required; write version: " + VERSION);
        } else {
            version.integer(VERSION, VERSION, VERSION);
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        SECTIONS.forEach((key, reader) -> sections.put(key, reader.apply(root.get(key))));
        ((HandoffRules) sections.get("handoff")).aeTeam()
                .filter(team -> !((RoutingRules) sections.get("routing")).hasTeam(team))
                .ifPresent(team -> root.get("handoff").get("ae-team").problem("no team '" + team
                        + "' is defined under routing.teams"));
        return new Rules(source, text, loadedAt, sections);
    }
}
