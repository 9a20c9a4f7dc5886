package io.leadbridge.app.twoway;

import io.leadbridge.app.support.TestDatabase;

class TwoWayPeopleOnPostgreSqlTest extends TwoWayPeopleScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
