package io.leadbridge.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.PersonDeleter;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceSettings;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Salesforce person deleter over SOAP against a running {@link SalesforceEmulator}. */
class SalesforcePersonDeleterOnEmulatorTest {

    private SalesforceEmulator emulator;
    private PersonDeleter deleter;

    @BeforeEach
    void startEmptyOrg() {
        emulator = SalesforceEmulator.start(SalesforceOptions.builder().port(0).build());
        SalesforceOptions org = emulator.options();
        deleter = SalesforceAdapter.connect(new SalesforceSettings(URI.create(emulator.baseUrl()),
                org.organizationId(), SalesforceEmulator.API_VERSION, Optional.empty(),
                Optional.of(URI.create(emulator.tokenUrl())), Optional.of(org.clientId()),
                Optional.of(org.clientSecret()), LeadWrites.HUBSPOT_ID_FIELD, Duration.ofSeconds(2),
                Duration.ofSeconds(10))).personDeleter();
    }

    @AfterEach
    void stopOrg() {
        emulator.close();
    }

    @Test
    void deletesALeadAndAContactAndADeleteRepeatedAfterwardsSucceeds() {
        String leadId = emulator.create("Lead", Map.of("LastName", "Larsen", "Company", "Fjordline AS"));
        String contactId = emulator.create("Contact", Map.of("LastName", "Haddad"));
        String keptId = emulator.create("Lead", Map.of("LastName", "Kept", "Company", "Cedarworks"));

        deleter.delete(new ExternalRef(CrmSystem.SALESFORCE, "Lead", leadId));
        deleter.delete(new ExternalRef(CrmSystem.SALESFORCE, "Contact", contactId));
        deleter.delete(new ExternalRef(CrmSystem.SALESFORCE, "Lead", leadId));

        assertThat(emulator.list("Lead")).extracting(lead -> lead.get("Id")).containsExactly(keptId);
        assertThat(emulator.count("Contact")).isZero();
    }
}
