package io.leadbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.Touch;
import io.leadbridge.salesforce.MirroredTouch;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Builds the {@code Event} that mirrors a meeting: {@code WhoId} the Lead or Contact, {@code StartDateTime} the
 * meeting's start, {@code EndDateTime} its end when the source said (else its start: Salesforce needs an end or a
 * duration, and a guessed length would be made up), {@code Type} {@code Meeting}, {@code Subject} (255) and
 * {@code Description} (32,000, ending with the Leadbridge key line) cut without splitting a surrogate pair.
 */
public final class EventRecordMapper {

    public static final String EVENT = "Event";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_INSTANT;

    private EventRecordMapper() {
    }

    public static SObject toEvent(MirroredTouch mirrored) {
        Touch touch = mirrored.touch();
        Instant start = touch.occurredAt();
        SObject event = new SObject(EVENT);
        event.setField("WhoId", mirrored.who().id());
        event.setField("Subject", TextLimits.truncate(touch.subject().isBlank() ? "Meeting" : touch.subject(),
                TextLimits.SUBJECT));
        event.setField("StartDateTime", DATE_TIME.format(start));
        event.setField("EndDateTime", DATE_TIME.format(touch.endsAt().orElse(start)));
        event.setField("Type", "Meeting");
        event.setField("Description", TextLimits.truncate(TaskRecordMapper.description(mirrored),
                TextLimits.LONG_TEXT));
        return event;
    }
}
