package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcAuditTrailOnPostgreSqlTest extends JdbcAuditTrailContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
