-- Leadbridge schema, version 7: the durable inbox of touches to mirror, and the one SDR-context note per person
-- and CRM (see ADR 0011). Runs unchanged on H2 and PostgreSQL: portable types only.

-- One row per touch read from a CRM (an email, call, meeting, note or task), keyed by the touch's own record.
-- PENDING until it is mirrored, recognised as Leadbridge's own, or handed to the error queue; a touch whose
-- person is not linked in the other CRM yet stays PENDING with a later next_attempt_at. payload holds the touch
-- as read (subject and a body excerpt of at most 500 characters, no full bodies) so that it can be mirrored
-- later; person_id is set when it is settled for a person, for the SDR-context summary.
CREATE TABLE touch_inbox (
    source_system    VARCHAR(20)  NOT NULL,
    source_type      VARCHAR(60)  NOT NULL,
    source_id        VARCHAR(80)  NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    payload          TEXT         NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at       TIMESTAMP WITH TIME ZONE,
    person_id        VARCHAR(36),
    CONSTRAINT touch_inbox_pk PRIMARY KEY (source_system, source_type, source_id),
    CONSTRAINT touch_inbox_status CHECK (status IN ('PENDING', 'SETTLED'))
);
CREATE INDEX touch_inbox_due ON touch_inbox (status, next_attempt_at);
CREATE INDEX touch_inbox_person ON touch_inbox (person_id);

-- The SDR-context note kept on each person's record in each CRM, keyed like the mirrors (lb1-...). Inserted before
-- the note is created (an atomic claim), completed with the note's id after; text_fingerprint is the SHA-256 of
-- the text last written, so an unchanged summary is not written again. Ids and a hash only.
CREATE TABLE sdr_context_note (
    note_key          CHAR(44)     NOT NULL,
    person_id         VARCHAR(36)  NOT NULL,
    target_system     VARCHAR(20)  NOT NULL,
    target_type       VARCHAR(60)  NOT NULL,
    target_id         VARCHAR(80)  NOT NULL,
    claimed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    note_type         VARCHAR(60),
    note_id           VARCHAR(80),
    text_fingerprint  VARCHAR(64),
    written_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sdr_context_note_pk PRIMARY KEY (note_key)
);
