package io.leadbridge.core.testing;

import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.StoppedClock;
import io.leadbridge.core.workflow.sla.TimerFamily;
import io.leadbridge.core.workflow.sla.TimerStore;
import io.leadbridge.core.workflow.sla.WorkflowTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link TimerStore} in memory, with the same claim, lease and stop rules as the JDBC one. Thread-safe. */
public final class InMemoryTimerStore implements TimerStore {

    private enum Status { PENDING, CLAIMED, FIRED, STOPPED }

    private static final class Row {
        final WorkflowTimer timer;
        Status status = Status.PENDING;
        Instant leaseUntil;
        boolean firedOnce;

        Row(WorkflowTimer timer) {
            this.timer = timer;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean schedule(WorkflowTimer timer) {
        return rows.putIfAbsent(timer.key(), new Row(timer)) == null;
    }

    @Override
    public synchronized List<WorkflowTimer> claimDue(TimerFamily family, Instant now, Duration lease, int limit) {
        List<WorkflowTimer> claimed = new ArrayList<>();
        rows.values().stream()
                .filter(row -> row.timer.purpose().family() == family)
                .filter(row -> !row.timer.dueAt().isAfter(now))
                .filter(row -> row.status == Status.PENDING
                        || (row.status == Status.CLAIMED && row.leaseUntil.isBefore(now)))
                .sorted(Comparator.comparing(row -> row.timer.dueAt()))
                .limit(limit)
                .forEach(row -> {
                    row.status = Status.CLAIMED;
                    row.leaseUntil = now.plus(lease);
                    claimed.add(row.timer);
                });
        return claimed;
    }

    @Override
    public synchronized boolean fired(String key, Instant at) {
        Row row = rows.get(key);
        if (row == null || row.status != Status.CLAIMED) {
            return false;
        }
        row.status = Status.FIRED;
        row.firedOnce = true;
        return true;
    }

    @Override
    public synchronized Optional<StoppedClock> stop(PersonId person, SlaKind kind, Instant at) {
        List<Row> running = rows.values().stream()
                .filter(row -> row.timer.person().equals(person)
                        && row.timer.purpose().clock().equals(kind.name()))
                .filter(row -> row.status != Status.STOPPED)
                .toList();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        running.forEach(row -> row.status = Status.STOPPED);
        WorkflowTimer any = running.get(0).timer;
        boolean breached = running.stream().anyMatch(row -> row.timer.purpose().breach() && row.firedOnce);
        return Optional.of(new StoppedClock(any.startedAt(), any.ownerEmail(), breached));
    }

    @Override
    public synchronized int stopCadence(PersonId person, Instant at) {
        List<Row> waiting = rows.values().stream()
                .filter(row -> row.timer.person().equals(person))
                .filter(row -> row.timer.purpose().family() == TimerFamily.CADENCE)
                .filter(row -> row.status == Status.PENDING || row.status == Status.CLAIMED)
                .toList();
        waiting.forEach(row -> row.status = Status.STOPPED);
        return waiting.size();
    }

    @Override
    public synchronized List<WorkflowTimer> pendingOf(PersonId person) {
        return rows.values().stream()
                .filter(row -> row.timer.person().equals(person))
                .filter(row -> row.status == Status.PENDING || row.status == Status.CLAIMED)
                .map(row -> row.timer)
                .sorted(Comparator.comparing(WorkflowTimer::dueAt))
                .toList();
    }
}
