package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class JdbcWorkflowStoresOnH2Test extends JdbcWorkflowStoresContract {

    @TempDir
    Path directory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }
}
