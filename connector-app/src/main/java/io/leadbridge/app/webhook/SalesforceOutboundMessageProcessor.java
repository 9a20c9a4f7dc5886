package io.leadbridge.app.webhook;

import io.leadbridge.app.persistence.JdbcOutboundMessageStore;
import io.leadbridge.app.persistence.JdbcOutboundMessageStore.PendingNotification;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.salesforce.SalesforceLeadLookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns stored Outbound Messaging notifications into inbox changes: reads the current version of every Lead the
 * notifications name (200 per query), appends each to the {@link ChangeInbox}, and only then marks the
 * notifications processed. The notification's own field values are not used: an outbound message carries only
 * the fields its admin picked, and the Lead as it is now is what the poller would read too (same dedup key).
 * With touch mirroring on, Task and Event notifications go the same way into the touch inbox
 * ({@link SalesforceTouchNotifications}), and the touch inbox is drained right after they are marked processed
 * (ADR 0029). Notifications about other objects are marked processed without a read. When Salesforce cannot be
 * read, the notifications of that kind stay pending.
 */
public class SalesforceOutboundMessageProcessor {

    static final String LEAD = "Lead";

    private static final Logger log = LoggerFactory.getLogger(SalesforceOutboundMessageProcessor.class);

    private final JdbcOutboundMessageStore notifications;
    private final SalesforceLeadLookup leads;
    private final ChangeInbox inbox;
    private final Optional<SalesforceTouchNotifications> touches;

    public SalesforceOutboundMessageProcessor(JdbcOutboundMessageStore notifications, SalesforceLeadLookup leads,
                                              ChangeInbox inbox) {
        this(notifications, leads, inbox, Optional.empty());
    }

    /** @param touches the Task and Event notifications' reader, when touches are mirrored */
    public SalesforceOutboundMessageProcessor(JdbcOutboundMessageStore notifications, SalesforceLeadLookup leads,
                                              ChangeInbox inbox, Optional<SalesforceTouchNotifications> touches) {
        this.notifications = notifications;
        this.leads = leads;
        this.inbox = inbox;
        this.touches = touches;
    }

    /** Processes up to {@code max} pending notifications; returns null when none waited. */
    public Report processPending(int max) {
        List<PendingNotification> pending = notifications.pending(max);
        if (pending.isEmpty()) {
            return null;
        }
        Set<String> leadIds = new LinkedHashSet<>();
        List<String> leadNotifications = new ArrayList<>();
        Map<String, Set<String>> touchIds = new LinkedHashMap<>();
        List<String> touchNotifications = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (PendingNotification notification : pending) {
            String type = notification.objectType();
            if (LEAD.equals(type)) {
                leadIds.add(notification.recordId());
                leadNotifications.add(notification.notificationId());
            } else if (touches.filter(t -> t.reads(type)).isPresent()) {
                touchIds.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(notification.recordId());
                touchNotifications.add(notification.notificationId());
            } else {
                others.add(notification.notificationId());
            }
        }
        notifications.markProcessed(others);
        Optional<Integer> appended = leadIds.isEmpty() ? Optional.of(0) : appendLeads(leadIds, leadNotifications);
        Optional<SalesforceTouchNotifications.Stored> stored = touchIds.isEmpty()
                ? Optional.of(new SalesforceTouchNotifications.Stored(0, 0, 0, 0))
                : storeTouches(touchIds, touchNotifications);
        Report report = new Report(pending.size(), leadIds.size(), appended.orElse(0),
                stored.map(SalesforceTouchNotifications.Stored::known).orElse(0),
                stored.map(SalesforceTouchNotifications.Stored::read).orElse(0),
                stored.map(SalesforceTouchNotifications.Stored::stored).orElse(0),
                stored.map(SalesforceTouchNotifications.Stored::missing).orElse(0),
                appended.isPresent() && stored.isPresent());
        log.info("Salesforce outbound messages processed: {}", report);
        touches.ifPresent(t -> stored.ifPresent(s -> t.drainNow(s.stored())));
        return report;
    }

    private Optional<Integer> appendLeads(Set<String> leadIds, List<String> leadNotifications) {
        List<ChangeEvent> changes;
        try {
            changes = leads.currentVersions(List.copyOf(leadIds));
        } catch (SyncFailureException failure) {
            log.warn("Reading {} Leads named by outbound messages failed, will retry: {}", leadIds.size(),
                    failure.getMessage());
            return Optional.empty();
        }
        int appended = (int) changes.stream().filter(inbox::append).count();
        notifications.markProcessed(leadNotifications);
        return Optional.of(appended);
    }

    private Optional<SalesforceTouchNotifications.Stored> storeTouches(Map<String, Set<String>> touchIds,
                                                                      List<String> touchNotifications) {
        SalesforceTouchNotifications.Stored stored;
        try {
            stored = touches.orElseThrow().store(touchIds);
        } catch (SyncFailureException failure) {
            log.warn("Reading the {} named by {} outbound messages failed, will retry: {}", touchIds.keySet(),
                    touchNotifications.size(), failure.getMessage());
            return Optional.empty();
        }
        if (stored.missing() > 0) {
            log.info("{} of the records named by {} outbound messages are gone from Salesforce (deleted or not "
                    + "visible); their notifications are marked processed", stored.missing(), touchIds.keySet());
        }
        notifications.markProcessed(touchNotifications);
        return Optional.of(stored);
    }

    /**
     * @param leadsRead     distinct Leads read from Salesforce
     * @param appended      changes new to the inbox
     * @param touchesKnown  named Tasks and Events already in the touch inbox, not read again
     * @param touchesRead   Tasks and Events read from Salesforce
     * @param touchesStored touches new to the touch inbox
     * @param touchesGone   named Tasks and Events Salesforce no longer has
     * @param settled       false when Salesforce could not be read and some notifications wait
     */
    public record Report(int notifications, int leadsRead, int appended, int touchesKnown, int touchesRead,
                         int touchesStored, int touchesGone, boolean settled) {
    }
}
