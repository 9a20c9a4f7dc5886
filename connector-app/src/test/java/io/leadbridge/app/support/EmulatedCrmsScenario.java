package io.leadbridge.app.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the end-to-end scenarios that run the app against both emulators: a fresh database (H2 or PostgreSQL,
 * chosen by the subclass) and fresh emulated CRMs for each test.
 */
public abstract class EmulatedCrmsScenario {

    protected EmulatedCrms crms;
    protected TestDatabase database;

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void startCrms() {
        database = createDatabase();
        crms = EmulatedCrms.start();
    }

    @AfterEach
    void stopCrms() {
        crms.close();
        database.close();
    }
}
