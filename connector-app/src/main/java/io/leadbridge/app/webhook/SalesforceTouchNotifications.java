package io.leadbridge.app.webhook;

import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.core.touch.TouchIntake;
import io.leadbridge.salesforce.SalesforceTouchFeed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The Task and Event side of Outbound Messaging (ADR 0029): reads the records the notifications name as they are
 * now, through the Salesforce touch feed of their object (the poller's fields and mapping), and stores them in the
 * touch inbox, where a touch the poller read as well is kept once (same source key). After the notifications are
 * marked processed, {@link #drainNow} mirrors the new touches and rewrites their people's SDR-context notes.
 */
public class SalesforceTouchNotifications {

    private final Map<String, SalesforceTouchFeed> feedByObject;
    private final TouchIntake intake;
    private final IntConsumer drain;

    /**
     * @param feedByObject the touch feed of each object read ({@code Task}, {@code Event}); notifications about
     *                     other objects are not touches
     * @param drain        drains the touch inbox after that many new touches were stored
     */
    public SalesforceTouchNotifications(Map<String, SalesforceTouchFeed> feedByObject, TouchIntake intake,
                                        IntConsumer drain) {
        this.feedByObject = Map.copyOf(feedByObject);
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
        int named = 0;
        int read = 0;
        int stored = 0;
        for (Map.Entry<String, Set<String>> ids : idsByObject.entrySet()) {
            SalesforceTouchFeed feed = feedByObject.get(ids.getKey());
            if (feed == null) {
                throw new IllegalArgumentException(ids.getKey() + " notifications do not name touches");
            }
            List<LoggedTouch> touches = feed.current(List.copyOf(ids.getValue()));
            named += ids.getValue().size();
            read += touches.size();
            stored += intake.store(touches);
        }
        return new Stored(read, stored, named - read);
    }

    /** Drains the touch inbox after {@code stored} new touches; a failure is logged and the timer's drain retries. */
    public void drainNow(int stored) {
        if (stored > 0) {
            drain.accept(stored);
        }
    }

    /**
     * @param read    records read
     * @param stored  touches new to the touch inbox
     * @param missing named records Salesforce no longer has (deleted), or cannot show this user
     */
    public record Stored(int read, int stored, int missing) {
    }
}
