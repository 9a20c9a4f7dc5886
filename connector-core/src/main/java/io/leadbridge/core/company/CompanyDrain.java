package io.leadbridge.core.company;

import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.port.AppliedVersionStore;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.WriteResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the due company changes of one direction from the {@link CompanyInbox}: resolves each in the other CRM
 * ({@link CompanyIdentity}), plans it ({@link CompanyChangePlanner}), writes in batches the sink accepts, and settles
 * each change from its own result (ADR 0025).
 *
 * <p>A version read before Leadbridge wrote to the same record (the other direction's drain) is planned like any
 * other: the planner knows when it was read, so the fields that write replaced are not synced back, and the
 * record's own changes in its other fields are.
 *
 * <p>Each change has its own fate: written or needing no write → settled; a failure that may pass (network, 5xx,
 * lock) → tried again after the {@link RetryPolicy}'s backoff, and parked in the error queue once the attempts are
 * used up; a rate limit → tried again after the vendor's wait, without using an attempt; a refusal or conflict →
 * parked at once with the vendor's code, message and fields. A change that waits never holds the others. A company
 * with the domain of another company created in the same drain waits for the next drain, so two new companies
 * with one domain never create two records.
 *
 * <p>The values of each batch are remembered before it is sent ({@link CompanyChangePlanner#intend}, ADR 0032): a
 * write the CRM stored whose answer was lost, or that the process died before settling, is still recognised as
 * ours when its record is read back or matched by domain, and settled by the change's retry.
 */
public final class CompanyDrain {

    private static final Logger log = LoggerFactory.getLogger(CompanyDrain.class);

    private final CompanyInbox inbox;
    private final CompanyIdentity identity;
    private final CompanyChangePlanner planner;
    private final AppliedVersionStore applied;
    private final ErrorQueue errors;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Map<CrmSystem, OwnerDirectory> owners = new EnumMap<>(CrmSystem.class);

    /**
     * @param owners each CRM's owners, to write a company's owner by email; a CRM without one gets no owner writes
     */
    public CompanyDrain(CompanyInbox inbox, CompanyIdentity identity, CompanyChangePlanner planner,
                        AppliedVersionStore applied, ErrorQueue errors, RetryPolicy retryPolicy,
                        List<OwnerDirectory> owners, Clock clock) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.applied = Objects.requireNonNull(applied, "applied");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        owners.forEach(directory -> this.owners.put(directory.system(), directory));
    }

    /**
     * What one drain did.
     *
     * @param waiting changes tried again later: a failure that may pass, or a create that waits for another
     */
    public record Report(int taken, int written, int settledWithoutWrite, int parked, int waiting) {
    }

    /**
     * Settles up to {@code max} due changes read from the sink's other CRM.
     *
     * @param sink the CRM written to
     */
    public Report drain(CompanySink sink, int max) {
        CrmSystem source = sink.system().other();
        List<CompanyInboxEntry> due = inbox.due(source, max, clock.instant());
        Tally tally = new Tally();
        List<Step> writes = new ArrayList<>();
        Set<String> creating = new HashSet<>();
        Map<ExternalRef, CompanyInboxEntry> newest = newestPerRecord(due);
        for (CompanyInboxEntry entry : due) {
            Step step = new Step(entry);
            if (newest.get(entry.change().ref()) != entry) {
                completed(step, "superseded by a newer version of the record");
                tally.withoutWrite++;
                continue;
            }
            plan(step, creating, tally);
            if (step.plan != null && !step.done) {
                writes.add(step);
            }
        }
        for (int from = 0; from < writes.size(); from += sink.maxBatchSize()) {
            write(sink, writes.subList(from, Math.min(writes.size(), from + sink.maxBatchSize())), tally);
        }
        Report report = new Report(due.size(), tally.written, tally.withoutWrite, tally.parked, tally.waiting);
        if (report.taken() > 0) {
            log.info("Company drain {} → {}: {}", source, sink.system(), report);
        }
        return report;
    }

    /**
     * Two versions of one record are never written in one batch: a company change carries the whole record, so the
     * newest stands for the older ones, which are settled as superseded.
     */
    private static Map<ExternalRef, CompanyInboxEntry> newestPerRecord(List<CompanyInboxEntry> due) {
        Map<ExternalRef, CompanyInboxEntry> newest = new HashMap<>();
        for (CompanyInboxEntry entry : due) {
            newest.merge(entry.change().ref(), entry, (a, b) ->
                    b.change().modifiedAt().isAfter(a.change().modifiedAt()) ? b : a);
        }
        return newest;
    }

    private void plan(Step step, Set<String> creating, Tally tally) {
        CompanyChange change = step.entry.change();
        Optional<Instant> last = applied.lastApplied(change.ref());
        if (last.isPresent() && !change.modifiedAt().isAfter(last.get())) {
            completed(step, "a newer version was already applied");
            tally.withoutWrite++;
            return;
        }
        try {
            CompanyResolution resolution = identity.resolve(change.ref(), change.company().domain());
            if (resolution instanceof CompanyResolution.Linked linked) {
                step.plan = planner.planLinked(change, step.entry.receivedAt(), linked.target());
            } else if (resolution instanceof CompanyResolution.Matched matched) {
                log.info("Company {}: {}", change.ref(), matched.reason());
                step.plan = planner.planMatched(change, step.entry.receivedAt(), matched.match());
            } else if (resolution instanceof CompanyResolution.NoMatch) {
                if (change.company().domain().filter(d -> !creating.add(d)).isPresent()) {
                    inbox.retryAt(step.entry.id(), step.entry.attempts(), clock.instant(), null);
                    step.done = true;
                    tally.waiting++;
                    return;
                }
                step.plan = planner.planCreate(change, step.entry.receivedAt());
            } else {
                park(step, new SyncFailure.Conflict("COMPANY_DOMAIN_CONFLICT", resolution.reason(), ""),
                        step.entry.attempts() + 1, tally);
                return;
            }
            step.plan = withWritableOwner(step);
        } catch (SyncFailureException e) {
            fail(step, e.failure(), tally);
            return;
        }
        if (step.plan.writesNothing()) {
            settle(step, Optional.empty(), tally);
        }
    }

    /**
     * Keeps the owner in the write only when the target CRM has an active user with that email; otherwise the
     * company's other fields are written without it and the missing owner is reported as {@code OWNER_NOT_FOUND}.
     * A Salesforce record always has an owner, so a blank owner is not written there.
     */
    private CompanyChangePlan withWritableOwner(Step step) {
        CompanyChangePlan plan = step.plan;
        String owner = plan.changes().get(CompanyField.OWNER_EMAIL);
        if (owner == null) {
            return plan;
        }
        CrmSystem target = plan.source().system().other();
        OwnerDirectory directory = owners.get(target);
        if (owner.isBlank()) {
            return target == CrmSystem.SALESFORCE || directory == null ? plan.without(CompanyField.OWNER_EMAIL) : plan;
        }
        if (directory != null && directory.idOf(owner).isPresent()) {
            return plan;
        }
        errors.add(event(step.entry), new SyncFailure.Permanent("OWNER_NOT_FOUND", "no active " + target
                + " user has the email " + owner + ", so the owner of " + plan.source() + " is not written; its other"
                + " fields are synced", "", List.of(CompanyField.OWNER_EMAIL.key())), 1);
        return plan.without(CompanyField.OWNER_EMAIL);
    }

    private void write(CompanySink sink, List<Step> chunk, Tally tally) {
        List<CompanyWrite> companyWrites = chunk.stream().map(s -> s.plan.write()).toList();
        planner.intend(companyWrites, clock.instant());
        List<WriteResult> results;
        try {
            results = sink.write(companyWrites);
        } catch (SyncFailureException e) {
            log.warn("Write of {} companies to {} failed as a whole: {}", chunk.size(), sink.system(),
                    e.getMessage());
            chunk.forEach(step -> fail(step, e.failure(), tally));
            return;
        }
        if (results.size() != chunk.size()) {
            throw new IllegalStateException(sink.system() + " company sink returned " + results.size()
                    + " results for " + chunk.size() + " writes");
        }
        for (int i = 0; i < chunk.size(); i++) {
            if (results.get(i) instanceof WriteResult.Written written) {
                settle(chunk.get(i), Optional.of(written.target()), tally);
            } else if (results.get(i) instanceof WriteResult.Failed failed) {
                fail(chunk.get(i), failed.failure(), tally);
            }
        }
    }

    private void settle(Step step, Optional<ExternalRef> writtenTo, Tally tally) {
        CompanyChangePlan plan = step.plan;
        try {
            writtenTo.or(plan::target).ifPresent(target -> identity.link(plan.source(), target));
        } catch (IllegalStateException e) {
            park(step, new SyncFailure.Conflict("ID_MAP_CONFLICT", e.getMessage(), ""), step.entry.attempts() + 1,
                    tally);
            return;
        }
        planner.settle(plan, writtenTo, clock.instant());
        applied.record(step.entry.change().ref(), step.entry.change().modifiedAt());
        completed(step, writtenTo.map(ref -> "written to " + ref).orElse("nothing left to write"));
        if (writtenTo.isPresent()) {
            tally.written++;
        } else {
            tally.withoutWrite++;
        }
    }

    /** Settles the change; when it was an admin's retry of an error, that error is resolved by this outcome. */
    private void completed(Step step, String how) {
        inbox.settle(step.entry.id(), clock.instant());
        step.entry.retryOf().ifPresent(errorId -> errors.resolve(errorId, "retry settled: " + how));
        step.done = true;
    }

    /**
     * A rate limit waits for the vendor's time without using an attempt; a failure that may pass waits its backoff
     * until the attempts are used up; anything else, or the last attempt, parks the change.
     */
    private void fail(Step step, SyncFailure failure, Tally tally) {
        Instant now = clock.instant();
        CompanyInboxEntry entry = step.entry;
        step.done = true;
        if (failure instanceof SyncFailure.RateLimited limited) {
            inbox.retryAt(entry.id(), entry.attempts(), now.plus(limited.retryAfter()), failure);
            tally.waiting++;
            return;
        }
        int attempts = entry.attempts() + 1;
        if (failure instanceof SyncFailure.Retriable && !retryPolicy.exhausted(attempts)) {
            log.warn("Company {} is tried again later (attempt {}): {} {}", entry.change().ref(), attempts,
                    failure.code(), failure.message());
            inbox.retryAt(entry.id(), attempts, now.plus(retryPolicy.backoffAfter(attempts)), failure);
            tally.waiting++;
            return;
        }
        park(step, failure, attempts, tally);
    }

    private void park(Step step, SyncFailure failure, int attempts, Tally tally) {
        CompanyInboxEntry entry = step.entry;
        long errorId;
        if (entry.retryOf().isPresent()) {
            errorId = entry.retryOf().get();
            errors.reopen(errorId, failure, attempts);
        } else {
            errorId = errors.add(event(entry), failure, attempts);
        }
        inbox.park(entry.id(), errorId, attempts, failure);
        step.done = true;
        tally.parked++;
        log.warn("Company change {} parked as error {}: {}", entry.change().ref(), errorId, failure.code());
    }

    /** The error-queue event of a change, which names the record, not its fields. */
    private static ChangeEvent event(CompanyInboxEntry entry) {
        CompanyChange change = entry.change();
        StreamId stream = entry.stream();
        return new ChangeEvent(change.ref(), ChangeKind.UPSERT, change.modifiedAt(), Optional.empty(),
                Optional.of(new ChangeEvent.StreamPosition(stream, change.position())));
    }

    private static final class Step {
        final CompanyInboxEntry entry;
        CompanyChangePlan plan;
        boolean done;

        Step(CompanyInboxEntry entry) {
            this.entry = entry;
        }
    }

    private static final class Tally {
        int written;
        int withoutWrite;
        int parked;
        int waiting;
    }
}
