package io.leadbridge.app.webhook;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class HubSpotWebhookOnH2Test extends HubSpotWebhookScenario {

    @TempDir
    Path dataDirectory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(dataDirectory);
    }
}
