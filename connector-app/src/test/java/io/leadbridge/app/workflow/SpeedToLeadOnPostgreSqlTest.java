package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;

class SpeedToLeadOnPostgreSqlTest extends SpeedToLeadScenario {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
