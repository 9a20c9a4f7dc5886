package io.leadbridge.salesforce.support;

import io.leadbridge.core.contract.PeopleCrmContract;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceLeadSource;
import io.leadbridge.salesforce.SalesforceOptions;
import io.leadbridge.salesforce.SalesforceSettings;
import java.time.Duration;
import java.time.Instant;

/**
 * The people contract for the Salesforce adapter's Lead sink and source, whatever org stand-in {@link #connect}
 * points them at. The adapter runs on {@link #clock}, which the stand-in should share: it moves on a minute each
 * time the contract lets time pass, so that {@code getDeleted} covers what was written before it.
 */
public abstract class SalesforcePeopleContract extends PeopleCrmContract {

    /** The adapter's clock; 10:15:01 on the day the org's recorded timeline starts. */
    protected final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-25T10:15:01Z"));

    /** Builds the adapter's sink and source for the org these settings reach, with the default options. */
    protected void connect(SalesforceSettings settings) {
        SalesforceAdapter adapter = SalesforceAdapter.connect(settings, SalesforceOptions.DEFAULTS, clock);
        use(adapter.leadSink(LeadWrites.mappings()), adapter.leadSource(LeadWrites.mappings()));
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
