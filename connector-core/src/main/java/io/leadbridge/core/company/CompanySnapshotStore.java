package io.leadbridge.core.company;

import io.leadbridge.core.model.ExternalRef;
import java.util.Optional;

/**
 * The last known state of each company record, one {@link CompanySnapshot} per {@link ExternalRef}, with the time
 * of its last change of its own. Same contract as {@link io.leadbridge.core.conflict.PersonSnapshotStore}:
 * written only once a change is settled; {@link #remember} never moves {@code changedAt} backwards (a snapshot
 * with an earlier time is ignored, one with the same or a later time replaces the stored one); safe for
 * concurrent use and atomic per record; no argument may be null.
 */
public interface CompanySnapshotStore {

    Optional<CompanySnapshot> find(ExternalRef ref);

    /** Stores {@code snapshot} unless one with a later {@code changedAt} is stored; returns whether it did. */
    boolean remember(CompanySnapshot snapshot);
}
