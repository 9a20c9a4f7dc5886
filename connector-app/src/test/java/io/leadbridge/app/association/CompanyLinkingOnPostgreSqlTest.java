package io.leadbridge.app.association;

import io.leadbridge.app.support.TestDatabase;

class CompanyLinkingOnPostgreSqlTest extends CompanyLinkingScenario {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
