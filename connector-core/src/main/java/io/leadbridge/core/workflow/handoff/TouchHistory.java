package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import java.util.List;

/**
 * The touches logged on a person in either CRM (Leadbridge's own mirrors excluded), for the handoff note's touch
 * history. <b>Threading:</b> safe for concurrent use.
 */
public interface TouchHistory {

    TouchHistory NONE = person -> List.of();

    List<Touch> of(PersonId person);
}
