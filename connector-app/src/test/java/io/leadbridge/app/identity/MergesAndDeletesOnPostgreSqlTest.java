package io.leadbridge.app.identity;

import io.leadbridge.app.support.TestDatabase;

class MergesAndDeletesOnPostgreSqlTest extends MergesAndDeletesScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
