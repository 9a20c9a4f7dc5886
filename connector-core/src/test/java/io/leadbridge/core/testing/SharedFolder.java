package io.leadbridge.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a folder of the {@code shared/} checkout that lies beside the repository (vendor specs, recorded
 * fixtures), read in place and never copied. When it is absent the calling test is skipped with a message that
 * says why it needs it, except under {@code CI=true}, where the test fails.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    /**
     * @param relative the folder inside {@code shared/}, e.g. {@code specs/hubspot}
     * @param purpose  what the test does with it, completing "this test ..."
     */
    public static Path require(String relative, String purpose) {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        String message = "shared/" + relative + " was not found in " + start + " or any parent folder; this test "
                + purpose + ". Check out the shared folder next to the repository to run it.";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " (CI=true: a missing shared folder fails the build)");
        }
        assumeTrue(false, message);
        throw new IllegalStateException("unreachable: the assumption above aborts the test");
    }
}
