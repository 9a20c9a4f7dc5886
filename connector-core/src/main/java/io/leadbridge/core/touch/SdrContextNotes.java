package io.leadbridge.core.touch;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.port.IdMappingStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one SDR-context note per person in each CRM up to date: the summary of the person's touches from both
 * CRMs ({@link SdrContextSummary}, Leadbridge's own mirrors excluded) rendered as {@link SdrContextNote}, created
 * on the person's record the first time and rewritten in place after that, only when its text changed. Each write
 * is recorded in the person's audit trail. A write that failed in a way that may pass (a timeout, a 5xx, a rate
 * limit) reopens one of the person's touches in the inbox, due after {@code retryAfter}: draining it again
 * publishes the note again; a refused write is left for the person's next touch. A create that was
 * claimed but never recorded (a crash or timeout during it) is not simply repeated: the note is first looked for on
 * the person's record by its key line, adopted if the create happened, and created only if it did not.
 */
public final class SdrContextNotes implements SdrContextPublisher {

    /** The rule id of a note write in the audit trail. */
    public static final String AUDIT_RULE = "sdr-context-note";

    private final TouchInbox touches;
    private final IdMappingStore ids;
    private final SdrContextStore store;
    private final List<SdrContextSink> sinks;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration retryAfter;

    public SdrContextNotes(TouchInbox touches, IdMappingStore ids, SdrContextStore store, List<SdrContextSink> sinks,
                           AuditTrail audit, Clock clock, ZoneId zone, Duration retryAfter) {
        this.touches = Objects.requireNonNull(touches, "touches");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.store = Objects.requireNonNull(store, "store");
        this.sinks = List.copyOf(sinks);
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    @Override
    public void publish(Set<PersonId> people) {
        List<AuditEntry> entries = new ArrayList<>();
        for (PersonId person : people) {
            List<Touch> settled = touches.touchesOf(person);
            SdrContextSummary summary = SdrContextSummary.of(settled, Optional.empty());
            boolean retry = false;
            for (SdrContextSink sink : sinks) {
                Optional<ExternalRef> target = ids.refIn(person, sink.system());
                if (target.isPresent()) {
                    retry |= !publish(person, target.get(), SdrContextNote.render(target.get(), summary, zone), sink,
                            entries);
                }
            }
            if (retry && !settled.isEmpty()) {
                touches.reopen(settled.get(0).source(), clock.instant().plus(retryAfter));
            }
        }
        audit.record(entries);
    }

    /** @return false when the write failed in a way that may pass, so the person's note is to be published again */
    private boolean publish(PersonId person, ExternalRef target, SdrContextNote note, SdrContextSink sink,
                            List<AuditEntry> entries) {
        String fingerprint = ValueFingerprint.of(note.text()).hex();
        Instant now = clock.instant();
        Optional<SdrContextStore.StoredNote> stored = store.find(note.idempotencyKey());
        try {
            if (stored.isEmpty()) {
                if (!store.claim(note, person, now)) {
                    return true;
                }
                ExternalRef created = create(note, sink);
                store.written(note.idempotencyKey(), created, fingerprint, now);
                entries.add(entry(person, now, "SDR-context note created on " + target, created, note));
            } else if (stored.get().noteRecord().isEmpty()) {
                Optional<ExternalRef> found = sink.find(note);
                ExternalRef record = found.isPresent() ? found.get() : sink.create(note);
                if (found.isPresent()) {
                    sink.update(record, note);
                }
                store.written(note.idempotencyKey(), record, fingerprint, now);
                entries.add(entry(person, now, "SDR-context note on " + target + (found.isPresent()
                        ? " found after an unconfirmed create and rewritten" : " created after an unconfirmed create"
                        + " that never reached the CRM"), record, note));
            } else if (!stored.get().textFingerprint().equals(Optional.of(fingerprint))) {
                ExternalRef existing = stored.get().noteRecord().get();
                sink.update(existing, note);
                store.written(note.idempotencyKey(), existing, fingerprint, now);
                entries.add(entry(person, now, "SDR-context note on " + target + " rewritten", existing, note));
            }
        } catch (SyncFailureException failed) {
            entries.add(AuditEntry.of(person, now, AuditKind.ERROR, AUDIT_RULE, "the SDR-context note on " + target
                    + " was not written: " + failed.failure().code()).with(Map.of("noteKey", note.idempotencyKey())));
            return !(failed.failure() instanceof SyncFailure.Retriable
                    || failed.failure() instanceof SyncFailure.RateLimited);
        }
        return true;
    }

    private ExternalRef create(SdrContextNote note, SdrContextSink sink) {
        try {
            return sink.create(note);
        } catch (SyncFailureException failed) {
            if (!(failed.failure() instanceof SyncFailure.Retriable)) {
                store.release(note.idempotencyKey());
            }
            throw failed;
        }
    }

    private static AuditEntry entry(PersonId person, Instant now, String reason, ExternalRef noteRecord,
                                    SdrContextNote note) {
        return AuditEntry.of(person, now, AuditKind.NOTE, AUDIT_RULE, reason).about(noteRecord)
                .with(Map.of("noteKey", note.idempotencyKey()));
    }
}
