package io.leadbridge.app.touch;

import io.leadbridge.app.support.TestDatabase;

class TouchesByOutboundMessageOnPostgreSqlTest extends TouchesByOutboundMessageScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
