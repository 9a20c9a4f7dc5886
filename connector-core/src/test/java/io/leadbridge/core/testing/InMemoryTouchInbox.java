package io.leadbridge.core.testing;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.DueTouch;
import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.core.touch.TouchInbox;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A {@link TouchInbox} in memory, keyed by the source touch like the {@code touch_inbox} table. */
public final class InMemoryTouchInbox implements TouchInbox {

    /**
     * One stored touch; {@code noteDue} while its person's SDR-context note is to be published for it,
     * {@code parkedAs} once it was handed to the error queue.
     */
    public record Row(LoggedTouch touch, boolean settled, Instant nextAttemptAt, Optional<PersonId> person,
                      boolean noteDue, int attempts, OptionalLong parkedAs) {

        Row pending(Instant notBefore, int attempts) {
            return new Row(touch, false, notBefore, person, false, attempts, parkedAs);
        }

        Row settledFor(Optional<PersonId> who, OptionalLong parked) {
            return new Row(touch, true, nextAttemptAt, who, who.isPresent(), attempts, parked);
        }
    }

    private final Map<ExternalRef, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(LoggedTouch touch, Instant receivedAt) {
        return rows.putIfAbsent(touch.touch().source(),
                new Row(touch, false, receivedAt, Optional.empty(), false, 0, OptionalLong.empty())) == null;
    }

    @Override
    public synchronized List<DueTouch> due(int max, Instant now) {
        return rows.values().stream().filter(r -> !r.settled() && !r.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(Row::nextAttemptAt)).limit(max)
                .map(r -> new DueTouch(r.touch(), r.attempts(), r.parkedAs())).toList();
    }

    @Override
    public synchronized void retryAt(ExternalRef sourceTouch, Instant notBefore) {
        rows.computeIfPresent(sourceTouch, (ref, r) -> r.settled() ? r : r.pending(notBefore, r.attempts()));
    }

    @Override
    public synchronized void failedAttempt(ExternalRef sourceTouch, int attempts, Instant notBefore) {
        rows.computeIfPresent(sourceTouch, (ref, r) -> r.settled() ? r : r.pending(notBefore, attempts));
    }

    @Override
    public synchronized void settle(ExternalRef sourceTouch, Optional<PersonId> person, Instant settledAt) {
        rows.computeIfPresent(sourceTouch, (ref, r) -> r.settled() ? r : r.settledFor(person, r.parkedAs()));
    }

    @Override
    public synchronized void park(ExternalRef sourceTouch, long errorId, Optional<PersonId> person, Instant parkedAt) {
        rows.computeIfPresent(sourceTouch, (ref, r) -> r.settled() ? r : r.settledFor(person, OptionalLong.of(errorId)));
    }

    @Override
    public synchronized boolean requeue(long errorId, Instant now) {
        boolean[] found = {false};
        rows.replaceAll((ref, r) -> {
            if (r.settled() && r.parkedAs().equals(OptionalLong.of(errorId))) {
                found[0] = true;
                return r.pending(now, 0);
            }
            return r;
        });
        return found[0];
    }

    @Override
    public synchronized void reopen(ExternalRef sourceTouch, Instant notBefore) {
        rows.computeIfPresent(sourceTouch, (ref, r) -> r.settled() ? r.pending(notBefore, 0) : r);
    }

    @Override
    public synchronized List<Touch> touchesOf(PersonId person) {
        return rows.values().stream().filter(r -> r.settled() && r.person().equals(Optional.of(person)))
                .map(r -> r.touch().touch()).toList();
    }

    @Override
    public synchronized List<PersonId> notesDue(int max) {
        return rows.values().stream().filter(r -> r.settled() && r.noteDue()).map(r -> r.person().orElseThrow())
                .distinct().limit(max).toList();
    }

    @Override
    public synchronized void notesPublished(Collection<PersonId> people) {
        rows.replaceAll((ref, r) -> r.noteDue() && r.person().filter(people::contains).isPresent()
                ? new Row(r.touch(), r.settled(), r.nextAttemptAt(), r.person(), false, r.attempts(), r.parkedAs())
                : r);
    }

    @Override
    public synchronized long pendingCount() {
        return rows.values().stream().filter(r -> !r.settled()).count();
    }

    public synchronized Row row(ExternalRef sourceTouch) {
        return rows.get(sourceTouch);
    }
}
