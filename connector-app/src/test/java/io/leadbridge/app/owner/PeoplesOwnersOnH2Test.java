package io.leadbridge.app.owner;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class PeoplesOwnersOnH2Test extends PeoplesOwnersScenario {

    @TempDir
    Path dataDirectory;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2File(dataDirectory);
    }
}
