package io.leadbridge.app.admin;

import io.leadbridge.app.support.TestDatabase;

class AdminApiOnPostgreSqlTest extends AdminApiScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
