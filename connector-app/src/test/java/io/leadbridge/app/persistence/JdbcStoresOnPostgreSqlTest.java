package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcStoresOnPostgreSqlTest extends JdbcStoresContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
