package io.leadbridge.core.testing;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.workflow.cadence.CadenceOutcome;
import io.leadbridge.core.workflow.cadence.CadenceRun;
import io.leadbridge.core.workflow.cadence.CadenceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CadenceStore} in memory, with the JDBC one's once-only start, end and touch rules. Thread-safe. */
public final class InMemoryCadenceStore implements CadenceStore {

    private final Map<String, CadenceRun> runs = new LinkedHashMap<>();
    private final Map<String, Touch> touches = new LinkedHashMap<>();

    @Override
    public synchronized boolean start(CadenceRun run) {
        return runs.putIfAbsent(run.person() + "@" + run.startedAt(), run) == null;
    }

    @Override
    public synchronized Optional<CadenceRun> running(PersonId person) {
        return runs.values().stream().filter(run -> run.person().equals(person) && run.running())
                .max(Comparator.comparing(CadenceRun::startedAt));
    }

    @Override
    public synchronized Optional<CadenceRun> find(PersonId person, Instant startedAt) {
        return Optional.ofNullable(runs.get(person + "@" + startedAt));
    }

    @Override
    public synchronized boolean end(PersonId person, Instant startedAt, CadenceOutcome outcome, Instant at) {
        CadenceRun run = runs.get(person + "@" + startedAt);
        if (run == null || !run.running()) {
            return false;
        }
        runs.put(person + "@" + startedAt, new CadenceRun(person, startedAt, run.cadence(), run.ownerEmail(),
                outcome));
        return true;
    }

    @Override
    public synchronized boolean handOver(PersonId person, String fromOwner, String toOwner) {
        Optional<CadenceRun> run = running(person).filter(r -> r.ownerEmail().equals(fromOwner));
        run.ifPresent(r -> runs.put(person + "@" + r.startedAt(), new CadenceRun(person, r.startedAt(), r.cadence(),
                toOwner, r.outcome())));
        return run.isPresent();
    }

    @Override
    public synchronized boolean recordTouch(PersonId person, Touch touch) {
        return touches.putIfAbsent(person + "@" + touch.source().key(), touch) == null;
    }

    @Override
    public synchronized List<Touch> touchesOf(PersonId person) {
        List<Touch> found = new ArrayList<>();
        touches.forEach((key, touch) -> {
            if (key.startsWith(person + "@")) {
                found.add(touch);
            }
        });
        found.sort(Comparator.comparing(Touch::occurredAt));
        return found;
    }
}
