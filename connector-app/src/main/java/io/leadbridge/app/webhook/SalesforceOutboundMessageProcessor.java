package io.leadbridge.app.webhook;

import io.leadbridge.app.persistence.JdbcOutboundMessageStore;
import io.leadbridge.app.persistence.JdbcOutboundMessageStore.PendingNotification;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.salesforce.SalesforceLeadLookup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns stored Outbound Messaging notifications into inbox changes: reads the current version of every Lead the
 * notifications name (200 per query), appends each to the {@link ChangeInbox}, and only then marks the
 * notifications processed. The notification's own field values are not used: an outbound message carries only
 * the fields its admin picked, and the Lead as it is now is what the poller would read too (same dedup key).
 * Notifications about other objects are marked processed without a read.
 */
public class SalesforceOutboundMessageProcessor {

    static final String LEAD = "Lead";

    private static final Logger log = LoggerFactory.getLogger(SalesforceOutboundMessageProcessor.class);

    private final JdbcOutboundMessageStore notifications;
    private final SalesforceLeadLookup leads;
    private final ChangeInbox inbox;

    public SalesforceOutboundMessageProcessor(JdbcOutboundMessageStore notifications, SalesforceLeadLookup leads,
                                              ChangeInbox inbox) {
        this.notifications = notifications;
        this.leads = leads;
        this.inbox = inbox;
    }

    /**
     * Processes up to {@code max} pending notifications; returns null when none waited. When Salesforce cannot be
     * read, the notifications stay pending for the next call.
     */
    public Report processPending(int max) {
        List<PendingNotification> pending = notifications.pending(max);
        if (pending.isEmpty()) {
            return null;
        }
        Set<String> leadIds = new LinkedHashSet<>();
        List<String> processed = new ArrayList<>();
        for (PendingNotification notification : pending) {
            if (LEAD.equals(notification.objectType())) {
                leadIds.add(notification.recordId());
            }
            processed.add(notification.notificationId());
        }
        List<ChangeEvent> changes;
        try {
            changes = leads.currentVersions(List.copyOf(leadIds));
        } catch (SyncFailureException failure) {
            log.warn("Reading {} Leads named by outbound messages failed, will retry: {}", leadIds.size(),
                    failure.getMessage());
            return new Report(pending.size(), 0, 0, false);
        }
        int appended = (int) changes.stream().filter(inbox::append).count();
        notifications.markProcessed(processed);
        Report report = new Report(pending.size(), leadIds.size(), appended, true);
        log.info("Salesforce outbound messages processed: {}", report);
        return report;
    }

    /**
     * @param leadsRead distinct Leads read from Salesforce
     * @param appended  changes new to the inbox
     * @param settled   false when Salesforce could not be read and the notifications wait
     */
    public record Report(int notifications, int leadsRead, int appended, boolean settled) {
    }
}
