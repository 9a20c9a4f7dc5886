package io.leadbridge.core.testing;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.metrics.FunnelLedger;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.SlaEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link FunnelLedger} in memory, in recording order. Thread-safe. */
public final class InMemoryFunnelLedger implements FunnelLedger {

    private final List<PersonTransition> transitions = new ArrayList<>();
    private final List<SlaEvent> slaEvents = new ArrayList<>();

    @Override
    public synchronized void record(PersonTransition transition) {
        transitions.add(transition);
    }

    @Override
    public synchronized void record(SlaEvent event) {
        slaEvents.add(event);
    }

    @Override
    public synchronized List<PersonTransition> transitionsSince(Instant since) {
        return transitions.stream().filter(t -> !t.transition().at().isBefore(since)).toList();
    }

    @Override
    public synchronized List<SlaEvent> slaEventsSince(Instant since) {
        return slaEvents.stream().filter(e -> !e.at().isBefore(since)).toList();
    }

    @Override
    public synchronized List<PersonTransition> transitionsOf(PersonId person) {
        return transitions.stream().filter(t -> t.person().equals(person)).toList();
    }
}
