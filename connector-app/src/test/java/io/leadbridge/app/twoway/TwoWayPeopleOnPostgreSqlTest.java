package io.leadbridge.app.twoway;

import io.leadbridge.app.support.TestDatabase;

class TwoWayPeopleOnPostgreSqlTest extends TwoWayPeopleScenario {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
