package io.leadbridge.app.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A scenario run through the real app against both emulators, once per database: each test gets fresh emulators
 * and a fresh database from {@link #createDatabase()}.
 */
public abstract class EmulatorScenario {

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
