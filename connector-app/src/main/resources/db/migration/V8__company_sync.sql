-- Leadbridge schema, version 8: the memory two-way company sync needs (see ADR 0012).
-- Runs unchanged on H2 and PostgreSQL: portable types only. Companies and Accounts are linked in id_map and
-- their echo memory is kept in own_write, under their own object types (company, Account).

-- The last state Leadbridge saw of each CRM company record, and when it last changed on its own
-- (an echo of our own write does not move changed_at). fields is the record's canonical fields as JSON.
CREATE TABLE company_snapshot (
    system       VARCHAR(20)  NOT NULL,
    object_type  VARCHAR(60)  NOT NULL,
    record_id    VARCHAR(80)  NOT NULL,
    fields       TEXT         NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT company_snapshot_pk PRIMARY KEY (system, object_type, record_id)
);
