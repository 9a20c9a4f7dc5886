package io.leadbridge.app.identity;

import io.leadbridge.app.support.TestDatabase;

class PersonIdentityOnPostgreSqlTest extends PersonIdentityScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
