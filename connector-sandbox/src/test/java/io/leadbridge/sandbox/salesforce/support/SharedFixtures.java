package io.leadbridge.sandbox.salesforce.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The recorded Salesforce messages in the sibling {@code shared/specs/salesforce/fixtures} folder, read in place.
 * When the folder is absent a test that needs it is skipped, except under {@code CI=true}, where it fails.
 */
public final class SharedFixtures {

    private static final Path FIXTURES = Path.of("specs", "salesforce", "fixtures");

    private SharedFixtures() {
    }

    /** The text of {@code shared/specs/salesforce/fixtures/<relative>}, e.g. {@code soap/query-page2.xml}. */
    public static String fixture(String relative) {
        Path file = folder().resolve(relative);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }

    private static Path folder() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Optional<Path> found = Optional.empty();
        for (Path dir = start; dir != null && found.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(FIXTURES);
            if (Files.isDirectory(candidate)) {
                found = Optional.of(candidate);
            }
        }
        if (found.isEmpty()) {
            String message = "shared/" + FIXTURES + " was not found in " + start + " or any parent folder; this test"
                    + " compares the emulator's messages with the recorded Salesforce ones there. Check out the"
                    + " shared folder next to the repository to run it.";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: a missing shared folder fails the build)");
            }
            assumeTrue(false, message);
        }
        return found.get();
    }
}
