package io.leadbridge.app.twoway;

import io.leadbridge.app.support.TestDatabase;

class StopMidBatchOnPostgreSqlTest extends StopMidBatchScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
