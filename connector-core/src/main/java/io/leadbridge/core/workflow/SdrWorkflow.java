package io.leadbridge.core.workflow;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.triage.TriageOutcomes;
import io.leadbridge.core.triage.TriagePlan;
import java.util.List;

/**
 * The SDR workflow as triage and the touch pipeline see it: each applied plan and each logged touch goes to every
 * part of the workflow (speed-to-lead clock, cadence), in the order given. A part that throws stops the rest, and
 * the caller retries; every part tolerates being told twice.
 */
public final class SdrWorkflow implements TriageOutcomes, TouchLogged {

    private final List<TriageOutcomes> onTriage;
    private final List<TouchLogged> onTouch;

    public SdrWorkflow(List<TriageOutcomes> onTriage, List<TouchLogged> onTouch) {
        this.onTriage = List.copyOf(onTriage);
        this.onTouch = List.copyOf(onTouch);
    }

    @Override
    public void applied(PersonId person, TriagePlan plan) {
        onTriage.forEach(listener -> listener.applied(person, plan));
    }

    @Override
    public void onTouch(PersonId person, Touch touch) {
        onTouch.forEach(listener -> listener.onTouch(person, touch));
    }
}
