package io.leadbridge.app.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A scenario run through the real app against quiet WireMock CRMs ({@link QuietCrms}), once per database: each test
 * gets fresh CRMs and a fresh database from {@link #createDatabase()}.
 */
public abstract class QuietCrmsScenario {

    protected QuietCrms crms;
    protected TestDatabase database;

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void startCrms() {
        database = createDatabase();
        crms = QuietCrms.start();
    }

    @AfterEach
    void stopCrms() {
        crms.close();
        database.close();
    }
}
