package io.leadbridge.app.association;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class CompanyLinkingOnH2Test extends CompanyLinkingScenario {

    @TempDir
    Path dataDirectory;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2File(dataDirectory);
    }
}
