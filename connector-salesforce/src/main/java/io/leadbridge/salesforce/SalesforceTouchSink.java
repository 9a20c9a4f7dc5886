package io.leadbridge.salesforce;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.ActivitySink;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.MirroredActivity;
import io.leadbridge.salesforce.soap.ActivityCreator;
import io.leadbridge.salesforce.soap.RecordWriter;
import io.leadbridge.salesforce.soap.SalesforceSession;
import io.leadbridge.salesforce.soap.TaskByKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mirrors touches into Salesforce: one {@code Event} per meeting and one completed {@code Task} per other touch,
 * created in calls of up to 200.
 *
 * <p>Results are per touch, in input order ({@link WriteResult.Written} carries the new Task's or Event's id). Neither
 * has an external id, so mirroring the same touch twice creates two records: callers record the returned id and do not
 * resend a written touch. A failed call throws {@link io.leadbridge.core.failure.SyncFailureException}.
 *
 * <p>As an {@link ActivitySink} it writes core {@link MirroredActivity mirrors}; the record's Description then carries the
 * mirror's Leadbridge key, which marks it as Leadbridge's own when it is read back.
 */
public final class SalesforceTouchSink implements ActivitySink {

    private final ActivityCreator activities;
    private final TaskByKey byKey;

    public SalesforceTouchSink(SalesforceSession session) {
        this.activities = new ActivityCreator(Objects.requireNonNull(session, "session"));
        this.byKey = new TaskByKey(session);
    }

    /** Meetings become Events, the other touches Tasks, in one call per 200; results in input order. */
    public List<WriteResult> mirror(List<MirroredTouch> touches) {
        Objects.requireNonNull(touches, "touches");
        if (touches.isEmpty()) {
            return List.of();
        }
        return activities.create(touches);
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public int maxBatchSize() {
        return RecordWriter.MAX_RECORDS_PER_CALL;
    }

    @Override
    public List<WriteResult> write(List<MirroredActivity> activities) {
        Objects.requireNonNull(activities, "activities");
        return mirror(activities.stream().map(SalesforceTouchSink::asTouch).toList());
    }

    /**
     * The Event (a meeting) or Task (any other touch) on the mirror's Lead or Contact whose Description names the
     * mirror's key (the person's newest 200).
     */
    @Override
    public Optional<ExternalRef> find(MirroredActivity activity) {
        if (activity.channel() == Touch.TouchChannel.MEETING) {
            return byKey.findEvent(activity.targetPerson().id(), activity.idempotencyKey());
        }
        return byKey.find(activity.targetPerson().id(), activity.idempotencyKey(), Optional.empty());
    }

    private static MirroredTouch asTouch(MirroredActivity activity) {
        Touch touch = new Touch(activity.sourceTouch(), activity.channel(), activity.direction(), activity.occurredAt(),
                activity.actorEmail(), activity.subject(), activity.bodyExcerpt(), activity.outcome(),
                activity.cadenceStep(), activity.endsAt());
        String body = activity.bodyExcerpt().isBlank() ? "" : activity.bodyExcerpt() + "\n\n";
        return new MirroredTouch(touch, activity.targetPerson(), body + IdempotencyKeys.label(activity.idempotencyKey()));
    }
}
