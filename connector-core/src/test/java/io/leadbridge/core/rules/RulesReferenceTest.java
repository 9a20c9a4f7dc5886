package io.leadbridge.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every key the readers accept is documented: reading the complete example collects the keys, and each must appear
 * in {@code docs/rules-reference.md} as {@code `path.pattern`}.
 */
class RulesReferenceTest {

    private static final Path REFERENCE = Path.of("..", "docs", "rules-reference.md");

    @Test
    void everyKeyOfTheCompleteExampleIsInTheReference() throws IOException {
        RuleReading reading = new RuleReading("rules-full.yml");
        RulesFile.read(Files.readString(RulesFileTest.FULL_EXAMPLE), "rules-full.yml", Instant.EPOCH, reading);
        assertThat(reading.problems()).as("the complete example must be valid").isEmpty();
        Set<String> keys = reading.declaredKeys();
        String reference = Files.readString(REFERENCE);

        assertThat(keys).as("keys missing from docs/rules-reference.md")
                .filteredOn(key -> !reference.contains("`" + key + "`")).isEmpty();
        assertThat(keys).as("the example exercises list items and named teams")
                .contains("qualification.scoring[].when.title-contains", "routing.teams.*[].out-of-office[].from");
    }
}
