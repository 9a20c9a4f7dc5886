package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;

class CadenceAndBreachActionsOnPostgreSqlTest extends CadenceAndBreachActionsScenario {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
