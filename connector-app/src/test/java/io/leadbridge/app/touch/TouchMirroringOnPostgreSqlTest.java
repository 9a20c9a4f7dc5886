package io.leadbridge.app.touch;

import io.leadbridge.app.support.TestDatabase;

class TouchMirroringOnPostgreSqlTest extends TouchMirroringScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
