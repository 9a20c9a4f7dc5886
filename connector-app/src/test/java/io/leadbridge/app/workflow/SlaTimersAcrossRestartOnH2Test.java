package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SlaTimersAcrossRestartOnH2Test extends SlaTimersAcrossRestartScenario {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }
}
