package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;

class SlaTimersAcrossRestartOnPostgreSqlTest extends SlaTimersAcrossRestartScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
