package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;

class SdrHandoffOnPostgreSqlTest extends SdrHandoffScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
