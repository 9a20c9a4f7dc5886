package io.leadbridge.app.webhook;

import io.leadbridge.app.persistence.JdbcTouchInbox;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.core.touch.TouchIntake;
import io.leadbridge.salesforce.SalesforceTouchFeed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The Task and Event side of Outbound Messaging (ADR 0029): reads the records the notifications name as they are
 * now, through the Salesforce touch feed of their object (the poller's fields and mapping), and stores them in the
 * touch inbox, where a touch the poller read as well is kept once (same source key). A record the touch inbox holds
 * already is not read again (the inbox keeps one row per record, so the read could store nothing): that skips the
 * app's own SDR-context Tasks, which every drain rewrites. After the notifications are marked processed,
 * {@link #drainNow} mirrors the new touches and rewrites their people's SDR-context notes.
 */
public class SalesforceTouchNotifications {

    private final Map<String, SalesforceTouchFeed> feedByObject;
    private final JdbcTouchInbox inbox;
    private final TouchIntake intake;
    private final IntConsumer drain;

    /**
     * @param feedByObject the touch feed of each object read ({@code Task}, {@code Event}); notifications about
     *                     other objects are not touches
     * @param inbox        the touch inbox {@code intake} stores into: a record it holds already is not read again
     * @param drain        drains the touch inbox after that many new touches were stored
     */
    public SalesforceTouchNotifications(Map<String, SalesforceTouchFeed> feedByObject, JdbcTouchInbox inbox,
                                        TouchIntake intake, IntConsumer drain) {
        this.feedByObject = Map.copyOf(feedByObject);
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.drain = Objects.requireNonNull(drain, "drain");
    }

    /** Whether notifications about {@code objectType} name touches. */
    public boolean reads(String objectType) {
        return feedByObject.containsKey(objectType);
    }

    /**
     * Reads the named records of each object and stores them as touches. A failed read throws
     * {@link io.leadbridge.core.failure.SyncFailureException}; what was stored before it stays (a reread is
     * harmless).
     */
    public Stored store(Map<String, Set<String>> idsByObject) {
        int known = 0;
        int toRead = 0;
        int read = 0;
        int stored = 0;
        for (Map.Entry<String, Set<String>> ids : idsByObject.entrySet()) {
            SalesforceTouchFeed feed = feedByObject.get(ids.getKey());
            if (feed == null) {
                throw new IllegalArgumentException(ids.getKey() + " notifications do not name touches");
            }
            Set<String> unread = new LinkedHashSet<>(ids.getValue());
            unread.removeAll(inbox.storedOf(CrmSystem.SALESFORCE, ids.getKey(), ids.getValue()));
            known += ids.getValue().size() - unread.size();
            toRead += unread.size();
            List<LoggedTouch> touches = feed.current(List.copyOf(unread));
            read += touches.size();
            stored += intake.store(touches);
        }
        return new Stored(known, read, stored, toRead - read);
    }

    /** Drains the touch inbox after {@code stored} new touches; a failure is logged and the timer's drain retries. */
    public void drainNow(int stored) {
        if (stored > 0) {
            drain.accept(stored);
        }
    }

    /**
     * @param known   named records the touch inbox holds already, not read again
     * @param read    records read
     * @param stored  touches new to the touch inbox
     * @param missing named records Salesforce no longer has (deleted), or cannot show this user
     */
    public record Stored(int known, int read, int stored, int missing) {
    }
}
