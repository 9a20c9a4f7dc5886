package io.leadbridge.core.workflow;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;

/**
 * The SDR workflow's hook for logged touches: the touch pipeline calls it for every touch it has attributed to a
 * person (read from either CRM), after the touch is stored. An outbound touch stops the speed-to-lead clock and
 * records the time to first touch.
 *
 * <p><b>Idempotency:</b> the same touch may be reported again (a re-read page); only the first outbound touch
 * counts. <b>Failures:</b> throws when the workflow's store cannot be written; the caller retries the touch.
 * <b>Threading:</b> safe for concurrent use.
 */
public interface TouchLogged {

    TouchLogged NONE = (person, touch) -> { };

    void onTouch(PersonId person, Touch touch);
}
