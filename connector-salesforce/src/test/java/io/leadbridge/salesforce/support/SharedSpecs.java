package io.leadbridge.salesforce.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The recorded Salesforce responses in the sibling {@code shared/specs} folder, read in place. When the folder is
 * absent a test that needs it is skipped, except under {@code CI=true}, where it fails.
 */
public final class SharedSpecs {

    private static final Path FIXTURES = Path.of("specs", "salesforce", "fixtures");

    private SharedSpecs() {
    }

    /** The text of {@code shared/specs/salesforce/fixtures/soap/<name>}. */
    public static String soapFixture(String name) {
        return fixture("soap", name);
    }

    /** The text of {@code shared/specs/salesforce/fixtures/outbound-messaging/<name>}. */
    public static String outboundFixture(String name) {
        return fixture("outbound-messaging", name);
    }

    private static String fixture(String folder, String name) {
        Path file = fixtures().resolve(folder).resolve(name);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }

    private static Path fixtures() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Optional<Path> found = Optional.empty();
        for (Path dir = start; dir != null && found.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(FIXTURES);
            if (Files.isDirectory(candidate)) {
                found = Optional.of(candidate);
            }
        }
        if (found.isEmpty()) {
            String message = "shared/" + FIXTURES + " was not found in " + start + " or any parent folder;"
                    + " this test replays recorded Salesforce responses from there. Check out the shared"
                    + " folder next to the repository to run it.";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: a missing shared folder fails the build)");
            }
            assumeTrue(false, message);
        }
        return found.get();
    }
}
