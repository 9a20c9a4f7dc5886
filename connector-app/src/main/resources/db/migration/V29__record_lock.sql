-- Issue 9 (ADR 0041): the people drain's record and email locks, taken for a whole batch in one transaction and
-- released in one statement. Each batch is its own owner; a lock whose holder died expires at expires_at
-- (connector.sync.lock-ttl after it was taken). The poller leadership stays in INT_LOCK (JdbcLockRegistry).
CREATE TABLE record_lock (
    lock_key   VARCHAR(512) NOT NULL,
    owner      CHAR(36)     NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT record_lock_pk PRIMARY KEY (lock_key)
);
CREATE INDEX record_lock_owner ON record_lock (owner);
