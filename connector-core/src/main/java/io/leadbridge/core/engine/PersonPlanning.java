package io.leadbridge.core.engine;

import io.leadbridge.core.identity.KnownPeople;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link SyncWorker} plans one person's change (pipeline stages 4 and 5), and what it remembers once the
 * change is settled. Planning reads only; {@link Planned#settle} stores, and the worker calls it only after the
 * write succeeded (or at once when nothing is written).
 */
sealed interface PersonPlanning permits OneWayPersonPlanning, TwoWayPersonPlanning {

    /**
     * @param event an upsert carrying the record's fields
     * @throws io.leadbridge.core.failure.SyncFailureException when the change cannot be planned (a failed lookup,
     *                                                         an identity conflict)
     */
    default Planned plan(ChangeEvent event) {
        return plan(event, KnownPeople.NONE);
    }

    /**
     * As {@link #plan(ChangeEvent)}, with the people records a {@link #lookAhead} found for the batch.
     *
     * @throws io.leadbridge.core.failure.SyncFailureException when the change cannot be planned
     */
    Planned plan(ChangeEvent event, KnownPeople known);

    /**
     * As {@link #plan(ChangeEvent, KnownPeople)}, for a version Leadbridge read at {@code readAt} (its own clock),
     * when known: writes sent to the record after that time are newer than the version.
     */
    default Planned plan(ChangeEvent event, Optional<Instant> readAt, KnownPeople known) {
        return plan(event, known);
    }

    /**
     * Looks up together what planning these upserts will need from the CRMs (their people by email), so that a
     * batch costs a few lookups instead of some per change.
     *
     * @throws io.leadbridge.core.failure.SyncFailureException when a lookup fails
     */
    KnownPeople lookAhead(List<ChangeEvent> events);

    /**
     * Called with the writes about to be sent, before they are sent: two-way sync remembers them so that their
     * read-back is recognised as ours even if the process dies before they are settled.
     */
    void intend(List<PersonWrite> writes, Instant at);

    /** A planned change: the write to make, if any, and what to remember once it is settled. */
    record Planned(Optional<PersonWrite> write, Settlement settlement) {
        public Planned {
            Objects.requireNonNull(write, "write");
            Objects.requireNonNull(settlement, "settlement");
        }

        void settle(Optional<WriteResult.Written> written, Instant at) {
            settlement.settle(written, at);
        }
    }

    /** What to remember once a planned change is settled. */
    @FunctionalInterface
    interface Settlement {
        /**
         * @param written the record the write landed on, with the CRM's time of the version it produced when
         *                known; empty when nothing was written
         * @throws IllegalStateException when the id map gives that record to another person
         */
        void settle(Optional<WriteResult.Written> written, Instant at);
    }
}
