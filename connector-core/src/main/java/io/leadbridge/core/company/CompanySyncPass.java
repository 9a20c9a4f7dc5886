package io.leadbridge.core.company;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.port.AppliedVersionStore;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.sync.WriteResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of company sync in one direction: reads the changed companies of one CRM after the stream's committed
 * watermark, resolves each in the other CRM ({@link CompanyIdentity}), plans it ({@link CompanyChangePlanner}),
 * writes in batches the sink accepts, settles each change from its own result, and moves the watermark only over
 * changes that are settled: written, needing no write, or parked in the error queue.
 *
 * <p>The committed watermark is the durable record of progress (ADR 0012): a change that failed in a way that may
 * pass (network, rate limit) stops the watermark before it, so the next pass reads it again; changes after it that
 * were written are then dropped as already applied. A company with the domain of another company created in the
 * same pass waits for the next pass, so two new companies with one domain never create two records.
 */
public final class CompanySyncPass {

    private static final Logger log = LoggerFactory.getLogger(CompanySyncPass.class);

    private final CompanyIdentity identity;
    private final CompanyChangePlanner planner;
    private final WatermarkStore watermarks;
    private final AppliedVersionStore applied;
    private final ErrorQueue errors;
    private final Clock clock;
    private final Map<CrmSystem, OwnerDirectory> owners = new EnumMap<>(CrmSystem.class);

    /**
     * @param owners each CRM's owners, to write a company's owner by email; a CRM without one gets no owner writes
     */
    public CompanySyncPass(CompanyIdentity identity, CompanyChangePlanner planner, WatermarkStore watermarks,
                           AppliedVersionStore applied, ErrorQueue errors, List<OwnerDirectory> owners, Clock clock) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
        this.applied = Objects.requireNonNull(applied, "applied");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.clock = Objects.requireNonNull(clock, "clock");
        owners.forEach(directory -> this.owners.put(directory.system(), directory));
    }

    /**
     * What one pass did.
     *
     * @param waiting changes left for the next pass: a failure that may pass, or a create that waits for another
     */
    public record Report(int read, int written, int settledWithoutWrite, int parked, int waiting) {
    }

    /**
     * @param source the CRM the changes come from
     * @param sink   the other CRM
     * @param max    the most changes to read
     */
    public Report run(CompanySource source, CompanySink sink, int max) {
        if (sink.system() != source.system().other()) {
            throw new IllegalArgumentException("the sink must write to " + source.system().other());
        }
        StreamId stream = source.stream();
        Watermark since = watermarks.load(stream).orElse(Watermark.BEGINNING);
        CompanyChangePage page = source.readChanges(since, max);
        Tally tally = new Tally(stream);
        List<Step> steps = new ArrayList<>();
        List<Step> writes = new ArrayList<>();
        Set<String> creating = new HashSet<>();
        for (CompanyChange change : page.changes()) {
            Step step = new Step(change);
            steps.add(step);
            plan(step, creating, tally);
            if (step.plan != null && !step.settled) {
                writes.add(step);
            }
        }
        for (int from = 0; from < writes.size(); from += sink.maxBatchSize()) {
            write(sink, writes.subList(from, Math.min(writes.size(), from + sink.maxBatchSize())), tally);
        }
        commitWatermark(stream, since, steps);
        Report report = new Report(page.changes().size(), tally.written, tally.withoutWrite, tally.parked,
                (int) steps.stream().filter(s -> !s.settled).count());
        if (report.read() > 0) {
            log.info("Company sync {}: {}", stream, report);
        }
        return report;
    }

    private void plan(Step step, Set<String> creating, Tally tally) {
        CompanyChange change = step.change;
        Optional<Instant> last = applied.lastApplied(change.ref());
        if (last.isPresent() && !change.modifiedAt().isAfter(last.get())) {
            step.settled = true;
            tally.withoutWrite++;
            return;
        }
        try {
            CompanyResolution resolution = identity.resolve(change.ref(), change.company().domain());
            if (resolution instanceof CompanyResolution.Linked linked) {
                step.plan = planner.planLinked(change, linked.target());
            } else if (resolution instanceof CompanyResolution.Matched matched) {
                log.info("Company {}: {}", change.ref(), matched.reason());
                step.plan = planner.planMatched(change, matched.match());
            } else if (resolution instanceof CompanyResolution.NoMatch) {
                if (change.company().domain().filter(d -> !creating.add(d)).isPresent()) {
                    return;
                }
                step.plan = planner.planCreate(change);
            } else {
                park(step, new SyncFailure.Conflict("COMPANY_DOMAIN_CONFLICT", resolution.reason(), ""), tally);
                return;
            }
            step.plan = withWritableOwner(step, tally);
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
    private CompanyChangePlan withWritableOwner(Step step, Tally tally) {
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
        report(step, new SyncFailure.Permanent("OWNER_NOT_FOUND", "no active " + target + " user has the email "
                + owner + ", so the owner of " + plan.source() + " is not written; its other fields are synced", "",
                List.of(CompanyField.OWNER_EMAIL.key())), tally.stream);
        return plan.without(CompanyField.OWNER_EMAIL);
    }

    private void write(CompanySink sink, List<Step> chunk, Tally tally) {
        List<WriteResult> results;
        try {
            results = sink.write(chunk.stream().map(s -> s.plan.write()).toList());
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
            park(step, new SyncFailure.Conflict("ID_MAP_CONFLICT", e.getMessage(), ""), tally);
            return;
        }
        planner.settle(plan, writtenTo, clock.instant());
        applied.record(step.change.ref(), step.change.modifiedAt());
        step.settled = true;
        if (writtenTo.isPresent()) {
            tally.written++;
        } else {
            tally.withoutWrite++;
        }
    }

    /** A failure that may pass leaves the change for the next pass; any other parks it in the error queue. */
    private void fail(Step step, SyncFailure failure, Tally tally) {
        if (failure instanceof SyncFailure.Retriable || failure instanceof SyncFailure.RateLimited) {
            log.warn("Company {} waits for the next pass: {} {}", step.change.ref(), failure.code(),
                    failure.message());
            return;
        }
        park(step, failure, tally);
    }

    private void park(Step step, SyncFailure failure, Tally tally) {
        long errorId = report(step, failure, tally.stream);
        step.settled = true;
        tally.parked++;
        log.warn("Company change {} parked as error {}: {}", step.change.ref(), errorId, failure.code());
    }

    /** Adds an error-queue entry for the change, which names the record, not its fields. */
    private long report(Step step, SyncFailure failure, StreamId stream) {
        CompanyChange change = step.change;
        ChangeEvent event = new ChangeEvent(change.ref(), ChangeKind.UPSERT, change.modifiedAt(), Optional.empty(),
                Optional.of(new ChangeEvent.StreamPosition(stream, change.position())));
        return errors.add(event, failure, 1);
    }

    private void commitWatermark(StreamId stream, Watermark since, List<Step> steps) {
        Watermark through = since;
        for (Step step : steps) {
            if (!step.settled) {
                break;
            }
            through = step.change.position();
        }
        if (through.isAfter(since)) {
            watermarks.commit(stream, through);
        }
    }

    private static final class Step {
        final CompanyChange change;
        CompanyChangePlan plan;
        boolean settled;

        Step(CompanyChange change) {
            this.change = change;
        }
    }

    private static final class Tally {
        final StreamId stream;
        int written;
        int withoutWrite;
        int parked;

        Tally(StreamId stream) {
            this.stream = stream;
        }
    }
}
