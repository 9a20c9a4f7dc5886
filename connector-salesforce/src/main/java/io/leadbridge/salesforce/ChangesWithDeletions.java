package io.leadbridge.salesforce;

import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.soap.LeadChangeReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page of a person object's stream (Leads or Contacts): changed records by SOQL on {@code SystemModstamp}
 * (ties broken by Id) and deleted records, merged in {@link Watermark} order. A deleted record that names its
 * {@code MasterRecordId} is a merge into that record, placed ahead of the survivor's change
 * ({@link MergesAheadOfSurvivors}).
 *
 * <p><b>Deletions.</b> From {@link Watermark#BEGINNING} (the initial backfill) none are read: nothing has been
 * synced yet. Otherwise {@code getDeleted} reports them from the minute of the watermark up to now; changes
 * after its {@code latestDateCovered} are held back for the next read, so that a deletion Salesforce reports
 * late can never fall behind the watermark (this delays polled changes by up to a minute; Outbound Messages are
 * the fast path). When the watermark is older than {@code getDeleted} can answer for (30 days, or
 * {@code earliestDateAvailable}), the read falls back to a <em>reconciliation scan</em>: {@code queryAll} of the
 * records with {@code IsDeleted = true} after the watermark, i.e. the deletions still in the recycle bin. Records
 * purged from the recycle bin during such a gap cannot be seen by any Salesforce read; see ADR 0006.
 */
final class ChangesWithDeletions {

    /** How far back {@code getDeleted} is asked; Salesforce answers for 30 days, minus a margin for clock skew. */
    static final Duration GET_DELETED_REACH = Duration.ofDays(30).minusHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(ChangesWithDeletions.class);
    private static final Comparator<ChangeEvent> BY_POSITION = Comparator.comparing(ChangesWithDeletions::position);

    private final StreamId stream;
    private final LeadChangeReader reader;
    private final Clock clock;

    ChangesWithDeletions(StreamId stream, LeadChangeReader reader, Clock clock) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    ChangePage read(Watermark since, int maxItems) {
        Batch deletions = deletions(since, maxItems);
        if (deletions.events().isEmpty() && deletions.bound().filter(b -> !b.isAfter(since)).isPresent()) {
            // getDeleted does not cover anything after the watermark yet: nothing can be handed out.
            return new ChangePage(List.of(), since, false);
        }
        List<ChangeEvent> changed = reader.changed(stream, since, maxItems);
        Optional<Watermark> bound = deletions.bound();
        if (changed.size() >= maxItems) {
            bound = Optional.of(min(bound, position(changed.get(changed.size() - 1))));
        }
        List<ChangeEvent> merged = new ArrayList<>();
        merged.addAll(deletions.events());
        merged.addAll(changed);
        Optional<Watermark> limit = bound;
        List<ChangeEvent> ready = merged.stream()
                .filter(event -> position(event).isAfter(since))
                .filter(event -> limit.map(b -> !position(event).isAfter(b)).orElse(true))
                .sorted(BY_POSITION)
                .toList();
        boolean truncated = changed.size() >= maxItems || deletions.truncated() || ready.size() > maxItems;
        List<ChangeEvent> events = ready.size() > maxItems ? ready.subList(0, maxItems) : ready;
        Watermark next = events.isEmpty() ? since : position(events.get(events.size() - 1));
        return new ChangePage(MergesAheadOfSurvivors.reorder(events), next, truncated);
    }

    private Batch deletions(Watermark since, int maxItems) {
        if (since.modifiedAt().equals(Instant.EPOCH)) {
            return new Batch(List.of(), Optional.empty(), false);
        }
        Instant now = clock.instant();
        if (since.modifiedAt().isBefore(now.minus(GET_DELETED_REACH))) {
            return reconciliation(since, maxItems, "older than getDeleted's 30 days");
        }
        Instant start = since.modifiedAt().truncatedTo(ChronoUnit.MINUTES);
        if (!now.truncatedTo(ChronoUnit.MINUTES).isAfter(start)) {
            // getDeleted works in whole minutes and needs start < end: wait for the minute to pass.
            return new Batch(List.of(), Optional.of(new Watermark(start, "")), false);
        }
        DeletionWindow window = reader.deletedBetween(stream, start, now);
        if (window.earliestDateAvailable().isAfter(since.modifiedAt())) {
            return reconciliation(since, maxItems, "older than getDeleted's earliest date "
                    + window.earliestDateAvailable());
        }
        return new Batch(window.deletions(), Optional.of(new Watermark(window.latestDateCovered(), "")), false);
    }

    private Batch reconciliation(Watermark since, int maxItems, String why) {
        LOG.warn("Stream {} watermark {} is {}: reading deletions from the recycle bin (queryAll) instead;"
                + " records purged from it since then cannot be detected", stream, since.modifiedAt(), why);
        List<ChangeEvent> deleted = reader.deletedInRecycleBin(stream, since, maxItems);
        boolean full = deleted.size() >= maxItems;
        return new Batch(deleted, full ? Optional.of(position(deleted.get(deleted.size() - 1))) : Optional.empty(), full);
    }

    private static Watermark min(Optional<Watermark> a, Watermark b) {
        return a.filter(x -> x.compareTo(b) < 0).orElse(b);
    }

    private static Watermark position(ChangeEvent event) {
        return event.stream().orElseThrow().position();
    }

    /** Deletions read for one page, and the position up to which the read is complete, if limited. */
    private record Batch(List<ChangeEvent> events, Optional<Watermark> bound, boolean truncated) {
    }
}
