package io.leadbridge.sandbox.hubspot;

import io.leadbridge.core.testing.SharedFolder;
import java.nio.file.Path;

/**
 * HubSpot's OpenAPI documents in the sibling {@code shared/specs/hubspot} folder, read in place. When the folder
 * is absent a test that needs it is skipped, except under {@code CI=true}, where it fails.
 */
final class HubSpotSpecs {

    private HubSpotSpecs() {
    }

    static Path folder() {
        return SharedFolder.require("specs/hubspot",
                "validates the emulator's responses against HubSpot's OpenAPI documents there");
    }
}
