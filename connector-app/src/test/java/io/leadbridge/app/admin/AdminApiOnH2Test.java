package io.leadbridge.app.admin;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class AdminApiOnH2Test extends AdminApiScenario {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }
}
