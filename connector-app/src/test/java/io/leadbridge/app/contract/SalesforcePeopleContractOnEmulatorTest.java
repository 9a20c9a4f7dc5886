package io.leadbridge.app.contract;

import io.leadbridge.core.contract.PeopleCrmContract;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceLeadSource;
import io.leadbridge.salesforce.SalesforceOptions;
import io.leadbridge.salesforce.SalesforceSettings;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The people contract against the Salesforce adapter talking SOAP to a running {@link SalesforceEmulator} with an
 * empty org, started per test on a free port. The adapter authenticates with the OAuth 2.0 client-credentials flow
 * against the emulator's token endpoint. Adapter and emulator share one clock, which moves on a minute after each
 * write of the read scenario, so that the emulator's {@code getDeleted} covers the written Leads.
 */
class SalesforcePeopleContractOnEmulatorTest extends PeopleCrmContract {

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-25T10:15:00Z"));

    private SalesforceEmulator emulator;
    private CrmSink sink;
    private CrmSource source;

    @BeforeEach
    void startEmptyOrg() {
        emulator = SalesforceEmulator.start(io.leadbridge.sandbox.salesforce.SalesforceOptions.builder()
                .port(0).clock(clock).build());
        var options = emulator.options();
        SalesforceSettings settings = new SalesforceSettings(URI.create(emulator.baseUrl()), options.organizationId(),
                SalesforceEmulator.API_VERSION, Optional.empty(), Optional.of(URI.create(emulator.tokenUrl())),
                Optional.of(options.clientId()), Optional.of(options.clientSecret()), LeadWrites.HUBSPOT_ID_FIELD,
                Duration.ofSeconds(2), Duration.ofSeconds(10));
        SalesforceAdapter adapter = SalesforceAdapter.connect(settings, SalesforceOptions.DEFAULTS, clock);
        sink = adapter.leadSink(LeadWrites.mappings());
        source = adapter.leadSource(LeadWrites.mappings());
    }

    @AfterEach
    void stopOrg() {
        emulator.close();
    }

    @Override
    protected CrmSink sink() {
        return sink;
    }

    @Override
    protected CrmSource source() {
        return source;
    }

    @Override
    protected StreamId peopleStream() {
        return SalesforceLeadSource.LEADS;
    }

    @Override
    protected void letTimePass() {
        clock.advance(Duration.ofMinutes(1));
    }
}
