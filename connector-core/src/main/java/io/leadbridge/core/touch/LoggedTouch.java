package io.leadbridge.core.touch;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A touch as read from the CRM it was logged in, with what mirroring needs besides the touch itself.
 *
 * @param people      the person records in that CRM the activity is logged on (a HubSpot email's contacts)
 * @param keyOnSource the Leadbridge key the activity names, when it is Leadbridge's own mirror
 * @param modifiedAt  when the activity last changed in its CRM: the reader's watermark position
 */
public record LoggedTouch(Touch touch, List<ExternalRef> people, Optional<String> keyOnSource, Instant modifiedAt) {

    public LoggedTouch {
        Objects.requireNonNull(touch, "touch");
        people = List.copyOf(people);
        Objects.requireNonNull(keyOnSource, "keyOnSource");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        for (ExternalRef person : people) {
            if (person.system() != touch.source().system()) {
                throw new IllegalArgumentException("people must be in " + touch.source().system() + ", was " + person);
            }
        }
    }
}
