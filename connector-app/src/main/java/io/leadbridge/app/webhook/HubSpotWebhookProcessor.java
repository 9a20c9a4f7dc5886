package io.leadbridge.app.webhook;

import io.leadbridge.app.webhook.HubSpotWebhookEventStore.Outcome;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.hubspot.HubSpotContactLookup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns stored webhook events into inbox changes: reads the current version of every contact the events
 * name (100 per call), appends each to the {@link ChangeInbox}, and only then marks the events processed.
 *
 * <p>Duplicate and out-of-order events are harmless: the contact is read as it is now, whatever event
 * named it, and the inbox stores a version once (its dedup key is the contact's id and
 * {@code lastmodifieddate}, the same as the poller's), while the worker drops versions older than the one
 * already applied. A deletion ({@code contact.deletion}, {@code contact.privacyDeletion}) is appended as the
 * contact's {@code DELETE} at the event's {@code occurredAt}, without a read, so a redelivery stores nothing new;
 * the worker applies {@code connector.sync.deletes} to it. Events about other objects are marked processed
 * without a read.
 */
public class HubSpotWebhookProcessor {

    private static final Logger log = LoggerFactory.getLogger(HubSpotWebhookProcessor.class);

    private final HubSpotWebhookEventStore events;
    private final HubSpotContactLookup contacts;
    private final ChangeInbox inbox;

    public HubSpotWebhookProcessor(HubSpotWebhookEventStore events, HubSpotContactLookup contacts, ChangeInbox inbox) {
        this.events = events;
        this.contacts = contacts;
        this.inbox = inbox;
    }

    /**
     * Processes up to {@code max} pending events; returns null when none waited (so that a poller sends
     * nothing on). When HubSpot cannot be read, the events stay pending for the next call.
     */
    public Report processPending(int max) {
        List<StoredWebhookEvent> pending = events.pending(max);
        if (pending.isEmpty()) {
            return null;
        }
        Set<String> contactIds = new LinkedHashSet<>();
        List<Long> reading = new ArrayList<>();
        List<Long> ignored = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        List<ChangeEvent> deletions = new ArrayList<>();
        for (StoredWebhookEvent event : pending) {
            if (event.readsContact()) {
                contactIds.add(event.objectId());
                reading.add(event.id());
            } else if (event.removesContact()) {
                deletions.add(contacts.deletion(event.objectId(), event.occurredAt()));
                gone.add(event.id());
            } else {
                ignored.add(event.id());
            }
        }
        int appended = 0;
        if (!contactIds.isEmpty()) {
            List<ChangeEvent> changes;
            try {
                changes = contacts.currentVersions(List.copyOf(contactIds));
            } catch (SyncFailureException failure) {
                log.warn("Reading {} contacts named by HubSpot webhooks failed, will retry: {}", contactIds.size(),
                        failure.getMessage());
                return new Report(pending.size(), 0, 0, false);
            }
            for (ChangeEvent change : changes) {
                if (inbox.append(change)) {
                    appended++;
                }
            }
        }
        for (ChangeEvent deletion : deletions) {
            if (inbox.append(deletion)) {
                appended++;
            }
        }
        events.markProcessed(reading, Outcome.READ);
        events.markProcessed(gone, Outcome.GONE);
        events.markProcessed(ignored, Outcome.IGNORED);
        Report report = new Report(pending.size(), contactIds.size(), appended, true);
        log.info("HubSpot webhook events processed: {}", report);
        return report;
    }

    /**
     * @param contactsRead distinct contacts read from HubSpot
     * @param appended     changes new to the inbox
     * @param settled      false when HubSpot could not be read and the events wait
     */
    public record Report(int events, int contactsRead, int appended, boolean settled) {
    }
}
