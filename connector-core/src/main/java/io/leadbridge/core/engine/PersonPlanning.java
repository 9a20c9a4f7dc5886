package io.leadbridge.core.engine;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.PersonWrite;
import java.time.Instant;
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
    Planned plan(ChangeEvent event);

    /** A planned change: the write to make, if any, and what to remember once it is settled. */
    record Planned(Optional<PersonWrite> write, Settlement settlement) {
        public Planned {
            Objects.requireNonNull(write, "write");
            Objects.requireNonNull(settlement, "settlement");
        }

        void settle(Optional<ExternalRef> writtenTo, Instant at) {
            settlement.settle(writtenTo, at);
        }
    }

    /** What to remember once a planned change is settled. */
    @FunctionalInterface
    interface Settlement {
        /**
         * @param writtenTo the record the write landed on; empty when nothing was written
         * @throws IllegalStateException when the id map gives that record to another person
         */
        void settle(Optional<ExternalRef> writtenTo, Instant at);
    }
}
