package io.leadbridge.app.status;

import io.leadbridge.app.support.TestDatabase;

class FunnelStatusOnPostgreSqlTest extends FunnelStatusScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
