package io.leadbridge.core.port;

import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Optional;

/**
 * The last version of each source record that has been applied to the other CRM, used to drop changes
 * that are older than what is already there (out-of-order webhooks, a re-poll).
 *
 * <p>Safe for concurrent use; {@link #record} never moves a version backwards.
 */
public interface AppliedVersionStore {

    Optional<Instant> lastApplied(ExternalRef source);

    void record(ExternalRef source, Instant modifiedAt);
}
