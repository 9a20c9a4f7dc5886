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

/**
 * Salesforce Tasks or Events as a {@link TouchFeed} ({@code salesforce.tasks}, {@code salesforce.events}): read on
 * {@code SystemModstamp} with the Id tie-break, each on the Lead or Contact its {@code WhoId} names (on nobody
 * without one). A Task or Event whose description names a Leadbridge key is Leadbridge's own mirror.
 */
public final class SalesforceTouchFeed implements TouchFeed {

    public static final StreamId TASKS = new StreamId(CrmSystem.SALESFORCE, "tasks");
    public static final StreamId EVENTS = new StreamId(CrmSystem.SALESFORCE, "events");

    private final StreamId stream;
    private final BiFunction<Watermark, Integer, ChangedRecords<SalesforceActivity>> read;

    private SalesforceTouchFeed(StreamId stream,
                                BiFunction<Watermark, Integer, ChangedRecords<SalesforceActivity>> read) {
        this.stream = stream;
        this.read = read;
    }

    public static SalesforceTouchFeed tasks(RecordReaders readers) {
        Objects.requireNonNull(readers, "readers");
        return new SalesforceTouchFeed(TASKS, readers::tasks);
    }

    public static SalesforceTouchFeed events(RecordReaders readers) {
        Objects.requireNonNull(readers, "readers");
        return new SalesforceTouchFeed(EVENTS, readers::events);
    }

    @Override
    public StreamId stream() {
        return stream;
    }

    @Override
    public TouchPage read(Watermark since, int max) {
        ChangedRecords<SalesforceActivity> page = read.apply(since, max);
        List<LoggedTouch> touches = page.records().stream().map(activity -> new LoggedTouch(activity.touch(),
                activity.who().stream().toList(), activity.leadbridgeKey(), activity.modifiedAt())).toList();
        return new TouchPage(touches, page.next(), page.hasMore());
    }
}
