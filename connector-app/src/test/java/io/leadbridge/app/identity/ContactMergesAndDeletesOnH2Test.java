package io.leadbridge.app.identity;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class ContactMergesAndDeletesOnH2Test extends ContactMergesAndDeletesScenario {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }
}
