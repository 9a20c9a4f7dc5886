package io.leadbridge.app.e2e;

import io.leadbridge.app.support.TestDatabase;

class HubSpotContactToSalesforceLeadOnPostgreSqlTest extends HubSpotContactToSalesforceLeadScenario {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
