-- Leadbridge schema, version 4: the memory two-way people sync needs (see ADR 0007 and 0009).
-- Runs unchanged on H2 and PostgreSQL: portable types only.

-- The last state Leadbridge saw of each CRM people record, and when it last changed on its own
-- (an echo of our own write does not move changed_at). fields is the record's canonical fields as JSON.
CREATE TABLE person_snapshot (
    system       VARCHAR(20)  NOT NULL,
    object_type  VARCHAR(60)  NOT NULL,
    record_id    VARCHAR(80)  NOT NULL,
    fields       TEXT         NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT person_snapshot_pk PRIMARY KEY (system, object_type, record_id)
);

-- What Leadbridge last wrote to each field of each CRM record: a SHA-256 fingerprint, never the value.
CREATE TABLE own_write (
    system       VARCHAR(20)  NOT NULL,
    object_type  VARCHAR(60)  NOT NULL,
    record_id    VARCHAR(80)  NOT NULL,
    field_key    VARCHAR(60)  NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT own_write_pk PRIMARY KEY (system, object_type, record_id, field_key)
);
