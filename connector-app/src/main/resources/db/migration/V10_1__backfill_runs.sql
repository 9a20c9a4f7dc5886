-- Leadbridge schema, version 10.1: backfill runs, one row per stream, so a restart continues a backfill where it
-- stopped. Runs unchanged on H2 and PostgreSQL: portable types only.

-- cursor_at / cursor_id: every change up to this position is stored in change_inbox.
CREATE TABLE backfill_run (
    stream_key   VARCHAR(100) NOT NULL PRIMARY KEY,
    from_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    from_id      VARCHAR(80)  NOT NULL,
    cursor_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    cursor_id    VARCHAR(80)  NOT NULL,
    read_count   BIGINT       NOT NULL,
    stored_count BIGINT       NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE
);
