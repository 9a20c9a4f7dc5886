package io.leadbridge.core.testing;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.core.touch.TouchInbox;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link TouchInbox} in memory, keyed by the source touch like the {@code touch_inbox} table. */
public final class InMemoryTouchInbox implements TouchInbox {

    /** One stored touch; {@code noteDue} while its person's SDR-context note is to be published for it. */
    public record Row(LoggedTouch touch, boolean settled, Instant nextAttemptAt, Optional<PersonId> person,
                      boolean noteDue) {
    }

    private final Map<ExternalRef, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(LoggedTouch touch, Instant receivedAt) {
        return rows.putIfAbsent(touch.touch().source(), new Row(touch, false, receivedAt, Optional.empty(), false)) == null;
    }

    @Override
    public synchronized List<LoggedTouch> due(int max, Instant now) {
        return rows.values().stream().filter(r -> !r.settled() && !r.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(Row::nextAttemptAt)).limit(max).map(Row::touch).toList();
    }

    @Override
    public synchronized void retryAt(ExternalRef sourceTouch, Instant notBefore) {
        rows.computeIfPresent(sourceTouch, (ref, r) -> r.settled() ? r
                : new Row(r.touch(), false, notBefore, r.person(), false));
    }

    @Override
    public synchronized void settle(ExternalRef sourceTouch, Optional<PersonId> person, Instant settledAt) {
        rows.computeIfPresent(sourceTouch, (ref, r) -> r.settled() ? r
                : new Row(r.touch(), true, r.nextAttemptAt(), person, person.isPresent()));
    }

    @Override
    public synchronized void reopen(ExternalRef sourceTouch, Instant notBefore) {
        rows.computeIfPresent(sourceTouch, (ref, r) -> r.settled() ? new Row(r.touch(), false, notBefore, r.person(), false)
                : r);
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
                ? new Row(r.touch(), r.settled(), r.nextAttemptAt(), r.person(), false) : r);
    }

    @Override
    public synchronized long pendingCount() {
        return rows.values().stream().filter(r -> !r.settled()).count();
    }

    public synchronized Row row(ExternalRef sourceTouch) {
        return rows.get(sourceTouch);
    }
}
