package io.leadbridge.app.contract;

import io.leadbridge.salesforce.SalesforceSettings;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.salesforce.support.SalesforcePeopleContract;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.salesforce.SalesforceOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The people contract against the Salesforce adapter talking SOAP to a running {@link SalesforceEmulator} with an
 * empty org, started per test on a free port. The adapter authenticates with the OAuth 2.0 client-credentials flow
 * against the emulator's token endpoint. Adapter and emulator share one clock, so the emulator's SystemModstamps
 * and {@code getDeleted} windows move on with the contract's {@code letTimePass()}.
 */
class SalesforcePeopleContractOnEmulatorTest extends SalesforcePeopleContract {

    private SalesforceEmulator emulator;

    @BeforeEach
    void startEmptyOrg() {
        emulator = SalesforceEmulator.start(SalesforceOptions.builder().port(0).clock(clock).build());
        SalesforceOptions org = emulator.options();
        connect(new SalesforceSettings(URI.create(emulator.baseUrl()), org.organizationId(),
                SalesforceEmulator.API_VERSION, Optional.empty(), Optional.of(URI.create(emulator.tokenUrl())),
                Optional.of(org.clientId()), Optional.of(org.clientSecret()), LeadWrites.HUBSPOT_ID_FIELD,
                Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    @AfterEach
    void stopOrg() {
        emulator.close();
    }
}
