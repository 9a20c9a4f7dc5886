package io.leadbridge.hubspot;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.core.touch.TouchFeed;
import io.leadbridge.core.touch.TouchPage;
import io.leadbridge.hubspot.client.CrmObjectType;
import java.util.List;
import java.util.Objects;

/**
 * One HubSpot engagement type as a {@link TouchFeed} ({@code hubspot.emails}, {@code hubspot.calls}, ...). HubSpot's
 * search filters on the modification time only, so a read starts <em>at</em> the watermark's millisecond and the
 * next watermark is the newest time read: the touches of that millisecond are read again next time (the inbox keeps
 * each once) and none written later in the same millisecond is missed. Every read is a fresh search from the
 * watermark, so the search's 10,000-result paging cap is never reached.
 */
public final class HubSpotTouchFeed implements TouchFeed {

    private final HubSpotTouchReader reader;
    private final CrmObjectType type;
    private final StreamId stream;

    public HubSpotTouchFeed(HubSpotTouchReader reader, CrmObjectType type) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.type = Objects.requireNonNull(type, "type");
        this.stream = new StreamId(CrmSystem.HUBSPOT, type.pathName());
    }

    @Override
    public StreamId stream() {
        return stream;
    }

    @Override
    public TouchPage read(Watermark since, int max) {
        List<LoggedTouch> touches = reader.modifiedSince(type, since.modifiedAt(), max);
        Watermark next = touches.isEmpty() ? since
                : Watermark.max(since, new Watermark(touches.get(touches.size() - 1).modifiedAt(), ""));
        return new TouchPage(touches, next, touches.size() >= max);
    }
}
