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
import io.leadbridge.core.sync.WriteResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one SDR-context note per person in each CRM up to date: the summary of the person's touches from both
 * CRMs ({@link SdrContextSummary}, Leadbridge's own mirrors excluded) rendered as {@link SdrContextNote}, created
 * on the person's record the first time and rewritten in place after that, only when its text changed. Each write
 * is recorded in the person's audit trail. The rewrites of one publish are sent to each CRM together
 * ({@link SdrContextSink#updateAll}). A write that failed in a way that may pass (a timeout, a 5xx, a rate limit)
 * reopens one of the person's touches in the inbox, due after {@code retryAfter}: draining it again publishes the
 * note again; a refused write is left for the person's next touch. A create that was
 * claimed but never recorded (a crash or timeout during it) is not simply repeated: the note is first looked for on
 * the person's record by its key line, adopted if the create happened, and created only if it did not. A person
 * with no settled touch (their only touches reopened for a retry) is left until one settles again, so a note never
 * goes back to "none yet".
 */
public final class SdrContextNotes implements SdrContextPublisher {

    /** The rule id of a note write in the audit trail. */
    public static final String AUDIT_RULE = "sdr-context-note";
    /** How long a note create claimed but never recorded is left before it is resolved (found or created). */
    public static final Duration UNCONFIRMED_RETRY_AFTER = Duration.ofSeconds(10);
    private static final int MAX_UNCONFIRMED_PER_PUBLISH = 50;
    private static final int MAX_DUE_PER_PUBLISH = 50;

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

    /**
     * Also brings up to date the people whose notes the inbox still holds as due ({@link TouchInbox#notesDue}: a
     * touch was settled for them and the process stopped before their note was published), and the people whose
     * note create was claimed at least {@link #UNCONFIRMED_RETRY_AFTER} ago and never recorded (the create failed
     * or was interrupted, say by a shutdown): their touches may all be settled, so no later touch would otherwise
     * bring the note back. The drain publishes on every run, so these are taken up at its next run. Notes are
     * marked published only after every write of this publish and its retries are settled.
     */
    @Override
    public void publish(Set<PersonId> people) {
        List<AuditEntry> entries = new ArrayList<>();
        Map<SdrContextSink, List<PendingRewrite>> rewrites = new LinkedHashMap<>();
        Map<SdrContextSink, List<PendingRewrite>> creates = new LinkedHashMap<>();
        Map<PersonId, Touch> firstTouch = new LinkedHashMap<>();
        Set<PersonId> retry = new LinkedHashSet<>();
        Instant now = clock.instant();
        Set<PersonId> due = new LinkedHashSet<>(people);
        due.addAll(touches.notesDue(MAX_DUE_PER_PUBLISH));
        due.addAll(store.takeUnconfirmed(now.minus(UNCONFIRMED_RETRY_AFTER), now, MAX_UNCONFIRMED_PER_PUBLISH));
        for (PersonId person : due) {
            List<Touch> settled = touches.touchesOf(person);
            if (settled.isEmpty()) {
                continue;
            }
            firstTouch.put(person, settled.get(0));
            SdrContextSummary summary = SdrContextSummary.of(settled, Optional.empty());
            for (SdrContextSink sink : sinks) {
                Optional<ExternalRef> target = ids.refIn(person, sink.system());
                if (target.isPresent() && !publish(person, target.get(),
                        SdrContextNote.render(target.get(), summary, zone), sink, entries,
                        creates.computeIfAbsent(sink, s -> new ArrayList<>()),
                        rewrites.computeIfAbsent(sink, s -> new ArrayList<>()))) {
                    retry.add(person);
                }
            }
        }
        creates.forEach((sink, pending) -> retry.addAll(create(sink, pending, entries)));
        rewrites.forEach((sink, pending) -> retry.addAll(rewrite(sink, pending, entries)));
        retry.forEach(person -> Optional.ofNullable(firstTouch.get(person))
                .ifPresent(touch -> touches.reopen(touch.source(), clock.instant().plus(retryAfter))));
        audit.record(entries);
        touches.notesPublished(due);
    }

    /**
     * A note never created is claimed here and created with the other new notes of its CRM ({@code creates}); a
     * changed note is rewritten with the other changed ones ({@code rewrites}).
     *
     * @return false when the write failed in a way that may pass, so the person's note is to be published again
     */
    private boolean publish(PersonId person, ExternalRef target, SdrContextNote note, SdrContextSink sink,
                            List<AuditEntry> entries, List<PendingRewrite> creates, List<PendingRewrite> rewrites) {
        String fingerprint = ValueFingerprint.of(note.text()).hex();
        Instant now = clock.instant();
        Optional<SdrContextStore.StoredNote> stored = store.find(note.idempotencyKey());
        try {
            if (stored.isEmpty()) {
                if (store.claim(note, person, now)) {
                    creates.add(new PendingRewrite(person, target, null, note, fingerprint));
                }
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
                rewrites.add(new PendingRewrite(person, target, stored.get().noteRecord().get(), note, fingerprint));
            }
        } catch (SyncFailureException failed) {
            entries.add(notWritten(person, now, target, note, failed.failure()));
            return !mayPass(failed.failure());
        }
        return true;
    }

    /**
     * Every new note of one CRM created together, under the claims taken for them: one batch call instead of one call
     * per person. A note refused for good has its claim released, so a later touch claims and creates it afresh; one
     * that may have been created keeps its claim and is found or created after {@link #UNCONFIRMED_RETRY_AFTER}.
     *
     * @return the people whose create failed in a way that may pass
     */
    private Set<PersonId> create(SdrContextSink sink, List<PendingRewrite> pending, List<AuditEntry> entries) {
        Set<PersonId> mayPass = new LinkedHashSet<>();
        if (pending.isEmpty()) {
            return mayPass;
        }
        Instant now = clock.instant();
        store.makeClaimsDurable();
        List<WriteResult> results;
        try {
            results = sink.createAll(pending.stream().map(PendingRewrite::note).toList());
        } catch (SyncFailureException failed) {
            results = Collections.nCopies(pending.size(), new WriteResult.Failed(failed.failure()));
        }
        if (results.size() != pending.size()) {
            throw new IllegalStateException(sink.system() + " SDR-context sink returned " + results.size()
                    + " results for " + pending.size() + " creates");
        }
        for (int i = 0; i < pending.size(); i++) {
            PendingRewrite create = pending.get(i);
            if (results.get(i) instanceof WriteResult.Written written) {
                store.written(create.note().idempotencyKey(), written.target(), create.fingerprint(), now);
                entries.add(entry(create.person(), now, "SDR-context note created on " + create.target(),
                        written.target(), create.note()));
                continue;
            }
            SyncFailure failure = ((WriteResult.Failed) results.get(i)).failure();
            if (!(failure instanceof SyncFailure.Retriable)) {
                store.release(create.note().idempotencyKey());
            }
            entries.add(notWritten(create.person(), now, create.target(), create.note(), failure));
            if (mayPass(failure)) {
                mayPass.add(create.person());
            }
        }
        return mayPass;
    }

    /**
     * Every changed note of one CRM rewritten together: one batch call instead of one call per person.
     *
     * @return the people whose rewrite failed in a way that may pass
     */
    private Set<PersonId> rewrite(SdrContextSink sink, List<PendingRewrite> pending, List<AuditEntry> entries) {
        Set<PersonId> mayPass = new LinkedHashSet<>();
        if (pending.isEmpty()) {
            return mayPass;
        }
        Instant now = clock.instant();
        List<Optional<SyncFailure>> results;
        try {
            results = sink.updateAll(pending.stream()
                    .map(p -> new SdrContextSink.Rewrite(p.noteRecord(), p.note())).toList());
        } catch (SyncFailureException failed) {
            results = Collections.nCopies(pending.size(), Optional.of(failed.failure()));
        }
        if (results.size() != pending.size()) {
            throw new IllegalStateException(sink.system() + " SDR-context sink returned " + results.size()
                    + " results for " + pending.size() + " rewrites");
        }
        for (int i = 0; i < pending.size(); i++) {
            PendingRewrite rewrite = pending.get(i);
            Optional<SyncFailure> refused = results.get(i);
            if (refused.isPresent()) {
                entries.add(notWritten(rewrite.person(), now, rewrite.target(), rewrite.note(), refused.get()));
                if (mayPass(refused.get())) {
                    mayPass.add(rewrite.person());
                }
            } else {
                store.written(rewrite.note().idempotencyKey(), rewrite.noteRecord(), rewrite.fingerprint(), now);
                entries.add(entry(rewrite.person(), now, "SDR-context note on " + rewrite.target() + " rewritten",
                        rewrite.noteRecord(), rewrite.note()));
            }
        }
        return mayPass;
    }

    private static boolean mayPass(SyncFailure failure) {
        return failure instanceof SyncFailure.Retriable || failure instanceof SyncFailure.RateLimited;
    }

    private static AuditEntry notWritten(PersonId person, Instant now, ExternalRef target, SdrContextNote note,
                                         SyncFailure failure) {
        return AuditEntry.of(person, now, AuditKind.ERROR, AUDIT_RULE, "the SDR-context note on " + target
                + " was not written: " + failure.code()).with(Map.of("noteKey", note.idempotencyKey()));
    }

    /** A note to write; {@code noteRecord} is null for a note not created yet. */
    private record PendingRewrite(PersonId person, ExternalRef target, ExternalRef noteRecord, SdrContextNote note,
                                  String fingerprint) {
    }

    private static AuditEntry entry(PersonId person, Instant now, String reason, ExternalRef noteRecord,
                                    SdrContextNote note) {
        return AuditEntry.of(person, now, AuditKind.NOTE, AUDIT_RULE, reason).about(noteRecord)
                .with(Map.of("noteKey", note.idempotencyKey()));
    }
}
