package io.leadbridge.sandbox.salesforce.support;

import io.leadbridge.core.testing.SharedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recorded Salesforce messages in the sibling {@code shared/specs/salesforce/fixtures} folder, read in place.
 * When the folder is absent a test that needs it is skipped, except under {@code CI=true}, where it fails.
 */
public final class SharedFixtures {

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
        return SharedFolder.require("specs/salesforce/fixtures",
                "compares the emulator's messages with the recorded Salesforce ones there");
    }
}
