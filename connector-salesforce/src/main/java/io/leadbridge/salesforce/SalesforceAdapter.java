package io.leadbridge.salesforce;

import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.salesforce.soap.AccessTokenSource;
import io.leadbridge.salesforce.soap.SalesforceSession;

/** Entry point for the application: builds the Salesforce adapter's ports from validated settings. */
public final class SalesforceAdapter {

    private SalesforceAdapter() {
    }

    /**
     * A Lead sink with its own session and token source. Nothing is sent to Salesforce until the first write.
     */
    public static SalesforceLeadSink leadSink(SalesforceSettings settings, FieldMappings mappings) {
        SalesforceSession session = new SalesforceSession(settings, AccessTokenSource.from(settings));
        return new SalesforceLeadSink(session, mappings, settings.hubspotIdField());
    }
}
