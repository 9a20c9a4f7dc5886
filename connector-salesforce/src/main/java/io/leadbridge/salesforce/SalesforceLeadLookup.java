package io.leadbridge.salesforce;

import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.salesforce.soap.LeadChangeReader;
import java.util.List;
import java.util.Objects;

/**
 * Reads Leads by id, 200 per SOQL query, as the changes an Outbound Messaging notification announced: each Lead's
 * current state with its {@code SystemModstamp} as version, so that duplicate or out-of-order notifications
 * collapse onto the inbox entry of that version (the poller's entry has the same dedup key). Leads the org no
 * longer has are left out.
 *
 * <p><b>Threading:</b> safe for concurrent use. <b>Failures:</b> a failed call throws
 * {@link io.leadbridge.core.failure.SyncFailureException}; nothing is returned partially.
 */
public final class SalesforceLeadLookup {

    private final LeadChangeReader reader;

    SalesforceLeadLookup(LeadChangeReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The current version of each Lead; duplicate ids are read once. */
    public List<ChangeEvent> currentVersions(List<String> leadIds) {
        return leadIds.isEmpty() ? List.of() : reader.current(leadIds);
    }
}
