package io.leadbridge.app.company;

import io.leadbridge.app.support.TestDatabase;

class TwoWayCompaniesOnPostgreSqlTest extends TwoWayCompaniesScenario {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
