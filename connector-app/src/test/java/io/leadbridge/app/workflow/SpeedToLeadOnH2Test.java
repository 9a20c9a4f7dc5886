package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SpeedToLeadOnH2Test extends SpeedToLeadScenario {

    @TempDir
    Path dataDirectory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(dataDirectory);
    }
}
