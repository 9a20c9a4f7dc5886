package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcTouchMirrorStoreOnPostgreSqlTest extends JdbcTouchMirrorStoreContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
