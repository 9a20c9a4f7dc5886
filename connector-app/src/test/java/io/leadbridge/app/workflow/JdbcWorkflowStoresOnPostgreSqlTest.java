package io.leadbridge.app.workflow;

import io.leadbridge.app.support.TestDatabase;

class JdbcWorkflowStoresOnPostgreSqlTest extends JdbcWorkflowStoresContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabase.postgresSchema();
    }
}
