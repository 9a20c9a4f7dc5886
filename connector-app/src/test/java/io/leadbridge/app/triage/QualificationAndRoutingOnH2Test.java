package io.leadbridge.app.triage;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class QualificationAndRoutingOnH2Test extends QualificationAndRoutingScenario {

    @TempDir
    Path dataDirectory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(dataDirectory);
    }
}
