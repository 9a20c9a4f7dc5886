package io.leadbridge.app.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the end-to-end scenarios: per test, both emulated CRMs and a fresh database of the kind the subclass
 * names (H2 file, PostgreSQL schema), closed after the test.
 */
public abstract class EmulatedCrmsTest {

    protected EmulatedCrms crms;
    protected TestDatabase database;

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    protected void startCrms() {
        database = createDatabase();
        crms = EmulatedCrms.start();
    }

    @AfterEach
    protected void stopCrms() {
        crms.close();
        database.close();
    }
}
