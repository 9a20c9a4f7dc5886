package io.leadbridge.app.e2e;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class HubSpotContactToSalesforceLeadOnH2Test extends HubSpotContactToSalesforceLeadScenario {

    @TempDir
    Path dataDirectory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(dataDirectory);
    }
}
