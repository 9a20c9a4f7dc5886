package io.leadbridge.app.company;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class TwoWayCompaniesOnH2Test extends TwoWayCompaniesScenario {

    @TempDir
    Path directory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }
}
