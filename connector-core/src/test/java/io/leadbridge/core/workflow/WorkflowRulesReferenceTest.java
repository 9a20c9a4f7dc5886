package io.leadbridge.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.rules.RuleNode;
import io.leadbridge.core.rules.RuleReading;
import io.leadbridge.core.rules.RulesYaml;
import io.leadbridge.core.workflow.cadence.CadenceRules;
import io.leadbridge.core.workflow.handoff.HandoffRules;
import io.leadbridge.core.workflow.handoff.RecycleRules;
import io.leadbridge.core.workflow.sla.SlaRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every key the workflow sections accept is documented, and the documented example reads without a problem. */
class WorkflowRulesReferenceTest {

    private static final Path REFERENCE = Path.of("..", "docs", "rules-reference.md");

    @Test
    void theReferencesExampleReadsCleanlyAndEveryDeclaredKeyHasARow() throws IOException {
        String reference = Files.readString(REFERENCE);
        Matcher example = Pattern.compile("```yaml\\n(sla:.*?)```", Pattern.DOTALL).matcher(reference);
        assertThat(example.find()).as("the workflow sections open with a YAML example").isTrue();
        RuleReading reading = new RuleReading("rules-reference.md");
        RuleNode root = RuleNode.root(RulesYaml.parse(example.group(1), "example"), reading);

        SlaRules.read(root.get("sla"));
        CadenceRules.read(root.get("cadences"));
        HandoffRules.read(root.get("handoff"));
        RecycleRules.read(root.get("recycle"));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.declaredKeys()).isNotEmpty().allSatisfy(key ->
                assertThat(reference).as("a row for " + key).contains("| `" + key + "` |"));
    }
}
