package io.leadbridge.app.touch;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class TouchesByOutboundMessageOnH2Test extends TouchesByOutboundMessageScenario {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }
}
