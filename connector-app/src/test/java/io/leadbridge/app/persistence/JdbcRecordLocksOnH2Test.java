package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class JdbcRecordLocksOnH2Test extends JdbcRecordLocksContract {

    @TempDir
    Path directory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }
}
