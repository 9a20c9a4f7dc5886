package io.leadbridge.core.sync;

/** What a person's record deleted in one CRM does to their record in the other ({@code connector.sync.deletes}). */
public enum DeletePolicy {
    /** The other record is left as it is and both records are unlinked: a later record with the email matches anew. */
    IGNORE,
    /** The other record is deleted too, then both are unlinked. */
    PROPAGATE
}
