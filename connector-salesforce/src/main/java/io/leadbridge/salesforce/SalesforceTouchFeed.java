package io.leadbridge.salesforce;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.core.touch.TouchFeed;
import io.leadbridge.core.touch.TouchPage;
import io.leadbridge.salesforce.soap.RecordReaders;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Salesforce Tasks or Events as a {@link TouchFeed} ({@code salesforce.tasks}, {@code salesforce.events}): read on
 * {@code SystemModstamp} with the Id tie-break, each on the Lead or Contact its {@code WhoId} names (on nobody
 * without one). A Task or Event whose description names a Leadbridge key is Leadbridge's own mirror. The same
 * records can be read by id ({@link #current}), for the ones an Outbound Messaging notification names.
 */
public final class SalesforceTouchFeed implements TouchFeed {

    public static final StreamId TASKS = new StreamId(CrmSystem.SALESFORCE, "tasks");
    public static final StreamId EVENTS = new StreamId(CrmSystem.SALESFORCE, "events");

    private final StreamId stream;
    private final BiFunction<Watermark, Integer, ChangedRecords<SalesforceActivity>> read;
    private final Function<List<String>, List<SalesforceActivity>> readById;

    private SalesforceTouchFeed(StreamId stream,
                                BiFunction<Watermark, Integer, ChangedRecords<SalesforceActivity>> read,
                                Function<List<String>, List<SalesforceActivity>> readById) {
        this.stream = stream;
        this.read = read;
        this.readById = readById;
    }

    public static SalesforceTouchFeed tasks(RecordReaders readers) {
        Objects.requireNonNull(readers, "readers");
        return new SalesforceTouchFeed(TASKS, readers::tasks, readers::tasksById);
    }

    public static SalesforceTouchFeed events(RecordReaders readers) {
        Objects.requireNonNull(readers, "readers");
        return new SalesforceTouchFeed(EVENTS, readers::events, readers::eventsById);
    }

    @Override
    public StreamId stream() {
        return stream;
    }

    @Override
    public TouchPage read(Watermark since, int max) {
        ChangedRecords<SalesforceActivity> page = read.apply(since, max);
        return new TouchPage(touches(page.records()), page.next(), page.hasMore());
    }

    /**
     * The named records as they are now, mapped as {@link #read} maps them, one SOQL query per 200 distinct ids;
     * records the org no longer has are left out. A failed call throws
     * {@link io.leadbridge.core.failure.SyncFailureException}.
     */
    public List<LoggedTouch> current(List<String> ids) {
        return ids.isEmpty() ? List.of() : touches(readById.apply(ids));
    }

    private static List<LoggedTouch> touches(List<SalesforceActivity> activities) {
        return activities.stream().map(activity -> new LoggedTouch(activity.touch(), activity.who().stream().toList(),
                activity.leadbridgeKey(), activity.modifiedAt())).toList();
    }
}
