package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcTouchInboxOnPostgreSqlTest extends JdbcTouchInboxContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
