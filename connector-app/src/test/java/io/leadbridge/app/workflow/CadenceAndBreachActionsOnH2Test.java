package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class CadenceAndBreachActionsOnH2Test extends CadenceAndBreachActionsScenario {

    @TempDir
    Path dataDirectory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(dataDirectory);
    }
}
