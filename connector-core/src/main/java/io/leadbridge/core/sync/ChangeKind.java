package io.leadbridge.core.sync;

/** What happened to a record. */
public enum ChangeKind {
    UPSERT,
    DELETE
}
