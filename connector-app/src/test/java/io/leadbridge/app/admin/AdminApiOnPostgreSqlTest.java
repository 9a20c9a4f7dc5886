package io.leadbridge.app.admin;

import io.leadbridge.app.support.TestDatabase;

class AdminApiOnPostgreSqlTest extends AdminApiScenario {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
