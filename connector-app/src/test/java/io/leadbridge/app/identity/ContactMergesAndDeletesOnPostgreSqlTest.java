package io.leadbridge.app.identity;

import io.leadbridge.app.support.TestDatabase;

class ContactMergesAndDeletesOnPostgreSqlTest extends ContactMergesAndDeletesScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
