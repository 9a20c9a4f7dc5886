package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcCompanyInboxOnPostgreSqlTest extends JdbcCompanyInboxContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
