-- Leadbridge schema, version 5: the idempotency record of mirrored touches (see ADR 0010).
-- Runs unchanged on H2 and PostgreSQL: portable types only.

-- One row per mirror, keyed by its idempotency key (lb1- and 40 hex digits, derived from the source touch and
-- the target CRM). The row is inserted before the write (the primary key makes the claim atomic across instances)
-- and completed with the written activity's id after it; a row without activity_id is a write that was claimed
-- but never confirmed. Ids only: no subject, body or other personal data.
CREATE TABLE touch_mirror (
    mirror_key       CHAR(44)     NOT NULL,
    source_system    VARCHAR(20)  NOT NULL,
    source_type      VARCHAR(60)  NOT NULL,
    source_id        VARCHAR(80)  NOT NULL,
    target_system    VARCHAR(20)  NOT NULL,
    target_type      VARCHAR(60)  NOT NULL,
    target_id        VARCHAR(80)  NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    activity_type    VARCHAR(60),
    activity_id      VARCHAR(80),
    written_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT touch_mirror_pk PRIMARY KEY (mirror_key)
);
