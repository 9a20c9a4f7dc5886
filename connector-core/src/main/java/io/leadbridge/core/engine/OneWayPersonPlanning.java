package io.leadbridge.core.engine;

import io.leadbridge.core.identity.KnownPeople;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.OneWayFieldPlanner;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.SyncPlan;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every change planned on its own from the ownership rules, without memory of either side; links the target. */
final class OneWayPersonPlanning implements PersonPlanning {

    private final IdMappingStore ids;
    private final OneWayFieldPlanner planner;

    OneWayPersonPlanning(IdMappingStore ids, OneWayFieldPlanner planner) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /** One-way planning looks nobody up. */
    @Override
    public KnownPeople lookAhead(List<ChangeEvent> events) {
        return KnownPeople.NONE;
    }

    /** One-way sync keeps no memory of its writes: it never reads the target's changes back. */
    @Override
    public void intend(List<PersonWrite> writes, Instant at) {
    }

    @Override
    public Planned plan(ChangeEvent event, KnownPeople known) {
        CrmSystem target = event.ref().system().other();
        PersonId person = ids.personFor(event.ref());
        SyncPlan plan = planner.plan(event.ref().system(), event.person().orElseThrow(), Optional.empty());
        if (plan.writesNothing()) {
            return new Planned(Optional.empty(), (written, at) -> { });
        }
        PersonWrite write = new PersonWrite(person, event.ref(), ids.refIn(person, target), plan.changes(),
                event.dedupKey());
        return new Planned(Optional.of(write), (written, at) -> written.ifPresent(w -> ids.link(person, w.target())));
    }
}
