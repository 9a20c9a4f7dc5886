package io.leadbridge.app.owner;

import io.leadbridge.app.support.TestDatabase;

class PeoplesOwnersOnPostgreSqlTest extends PeoplesOwnersScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
