package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcRoundRobinLedgerOnPostgreSqlTest extends JdbcRoundRobinLedgerContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
