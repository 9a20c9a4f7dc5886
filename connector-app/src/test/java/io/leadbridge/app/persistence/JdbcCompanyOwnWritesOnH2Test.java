package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class JdbcCompanyOwnWritesOnH2Test extends JdbcCompanyOwnWritesContract {

    @TempDir
    Path directory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }
}
