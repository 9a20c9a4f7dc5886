package io.leadbridge.app.persistence;

import io.leadbridge.app.support.TestDatabase;

class JdbcOutboundMessageStoreOnPostgreSqlTest extends JdbcOutboundMessageStoreContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
