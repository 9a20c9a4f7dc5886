package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SdrHandoffOnH2Test extends SdrHandoffScenario {

    @TempDir
    Path dataDirectory;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2File(dataDirectory);
    }
}
