package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcTwoWayStoresOnPostgreSqlTest extends JdbcTwoWayStoresContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
