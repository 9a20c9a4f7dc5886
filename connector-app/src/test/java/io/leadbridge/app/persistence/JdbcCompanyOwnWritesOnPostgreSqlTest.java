package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcCompanyOwnWritesOnPostgreSqlTest extends JdbcCompanyOwnWritesContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
