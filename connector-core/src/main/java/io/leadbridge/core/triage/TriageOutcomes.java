package io.leadbridge.core.triage;

import io.leadbridge.core.model.PersonId;
import java.util.List;

/**
 * Told of each triage plan that was applied to a person's lead, before the plan's decisions are recorded in the audit
 * trail. The SDR workflow listens here to record funnel moves and start the speed-to-lead clock.
 *
 * <p><b>Failures:</b> a throw makes the settled change retry, so triage runs again; implementations must therefore
 * tolerate being told of the same decision twice. <b>Threading:</b> called from the sync workers concurrently.
 */
public interface TriageOutcomes {

    TriageOutcomes NONE = (person, plan) -> { };

    void applied(PersonId person, TriagePlan plan);

    /** Tells each listener in turn; a throw stops the rest, and the retry tells all of them again. */
    static TriageOutcomes inOrder(List<TriageOutcomes> listeners) {
        List<TriageOutcomes> all = List.copyOf(listeners);
        return (person, plan) -> all.forEach(listener -> listener.applied(person, plan));
    }
}
