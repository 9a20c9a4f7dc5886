-- Leadbridge schema, version 10: the error queue's retry and dismissal, and the inbox entry a retry puts back.
-- Runs unchanged on H2 and PostgreSQL: portable types only.

-- An error being retried is RETRYING until the worker settles its change (RESOLVED) or parks it again (OPEN).
-- closed_by / closed_at / close_reason say who closed it (an admin, or 'leadbridge' for a settled retry) and why.
ALTER TABLE sync_error DROP CONSTRAINT sync_error_status;
ALTER TABLE sync_error ADD CONSTRAINT sync_error_status
    CHECK (status IN ('OPEN', 'RETRYING', 'RESOLVED', 'DISMISSED'));
ALTER TABLE sync_error ADD COLUMN closed_by VARCHAR(200);
ALTER TABLE sync_error ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sync_error ADD COLUMN close_reason VARCHAR(2000);
CREATE INDEX sync_error_filter ON sync_error (source_system, object_type, code, status);

-- Set when an admin's retry puts a parked change back: the error the worker resolves or reopens with the outcome.
ALTER TABLE change_inbox ADD COLUMN retry_of_error BIGINT;
