package io.leadbridge.app.webhook;

import io.leadbridge.app.support.TestDatabase;

class HubSpotWebhookOnPostgreSqlTest extends HubSpotWebhookScenario {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
