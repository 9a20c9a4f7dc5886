package io.leadbridge.core.sync;

/**
 * What a merge in one CRM does when the two merged records each stood for a person with their own record in the
 * other CRM ({@code connector.sync.merges}).
 */
public enum MergePolicy {
    /** The two records in the other CRM are left as they are and the merge is parked as {@code MERGE_CONFLICT}. */
    REPORT,
    /** The two records in the other CRM are merged too, into the one linked to the surviving record. */
    PROPAGATE
}
