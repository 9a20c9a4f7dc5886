package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class JdbcRoundRobinLedgerOnH2Test extends JdbcRoundRobinLedgerContract {

    @TempDir
    Path directory;

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }
}
