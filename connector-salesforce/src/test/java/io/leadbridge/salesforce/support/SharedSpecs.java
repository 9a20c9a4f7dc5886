package io.leadbridge.salesforce.support;

import io.leadbridge.core.testing.SharedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recorded Salesforce responses in the sibling {@code shared/specs} folder, read in place. When the folder is
 * absent a test that needs it is skipped, except under {@code CI=true}, where it fails.
 */
public final class SharedSpecs {

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
        return SharedFolder.require("specs/salesforce/fixtures", "replays recorded Salesforce responses from there");
    }
}
