package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcRecordLocksOnPostgreSqlTest extends JdbcRecordLocksContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
