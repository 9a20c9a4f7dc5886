package io.leadbridge.app.triage;

import io.leadbridge.app.support.TestDatabase;

class QualificationAndRoutingOnPostgreSqlTest extends QualificationAndRoutingScenario {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
