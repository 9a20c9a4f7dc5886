package io.leadbridge.app.api;

import io.leadbridge.app.support.TestDatabase;

class AdminOperationsOnPostgreSqlTest extends AdminOperationsScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
