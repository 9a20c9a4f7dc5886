package io.leadbridge.app;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.leadbridge.app.support.LiveApp;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app refuses to start when the org lacks a mapped Lead field or Lead.Status value, and says which. */
class SalesforceSchemaMismatchTest {

    @TempDir
    Path dataDirectory;

    private WireMockServer hubspot;
    private WireMockServer salesforce;

    @BeforeEach
    void startCrms() {
        hubspot = new WireMockServer(options().dynamicPort());
        salesforce = new WireMockServer(options().dynamicPort());
        hubspot.start();
        salesforce.start();
        LiveApp.stubQuietCrms(hubspot, salesforce);
    }

    @AfterEach
    void stopCrms() {
        hubspot.stop();
        salesforce.stop();
    }

    @Test
    void aStatusTheOrgDoesNotOfferAndAFieldItDoesNotHaveStopTheStartUp() {
        Map<String, String> properties = new HashMap<>(LiveApp.properties(
                TestDatabase.h2File(dataDirectory),
                hubspot, salesforce));
        personField(properties, 0, "email", "email", "Email");
        personField(properties, 1, "lastName", "lastname", "LastName");
        personField(properties, 2, "title", "jobtitle", "Job_Title__c");
        statusMapping(properties, 0, "NEW", "lead", "Open - Not Contacted");
        statusMapping(properties, 1, "WORKING", "lead", "Working - Contacted");
        statusMapping(properties, 2, "SQL", "salesqualifiedlead", "Qualified");

        assertThatThrownBy(() -> RunningApp.start(properties)).rootCause()
                .hasMessageContaining("connector.sync.status-mappings[2].salesforce-lead-status: 'Qualified' is not a"
                        + " Lead.Status value (values: Open - Not Contacted, Working - Contacted, Closed - Converted,"
                        + " Closed - Not Converted)")
                .hasMessageContaining("connector.sync.person-fields[2].salesforce: 'Job_Title__c' is not a field of Lead");
    }

    private static void personField(Map<String, String> properties, int index, String field, String hubspot,
                                    String salesforce) {
        String at = "connector.sync.person-fields[" + index + "].";
        properties.put(at + "field", field);
        properties.put(at + "hubspot", hubspot);
        properties.put(at + "salesforce", salesforce);
        properties.put(at + "ownership", "two-way-newest-wins");
    }

    private static void statusMapping(Map<String, String> properties, int index, String stage, String lifecycleStage,
                                      String leadStatus) {
        String at = "connector.sync.status-mappings[" + index + "].";
        properties.put(at + "stage", stage);
        properties.put(at + "hubspot-lifecycle-stage", lifecycleStage);
        properties.put(at + "salesforce-lead-status", leadStatus);
    }
}
