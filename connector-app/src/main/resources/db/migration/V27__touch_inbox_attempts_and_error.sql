-- Issue 9: a touch whose mirror fails in a way that may pass (a timeout, a 5xx, a lock) counts its failed attempts
-- and is parked in the error queue once connector.sync.retry.max-attempts are used up, as people's and companies'
-- changes are; before, it was retried without limit and no admin could see it. error_id names the error a touch was
-- parked as, so an admin's retry of that error puts the touch back in the inbox and its outcome resolves or reopens
-- the error. Rows written before this version have no failed attempts and were never parked.
ALTER TABLE touch_inbox ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE touch_inbox ADD COLUMN error_id BIGINT;
CREATE INDEX touch_inbox_error ON touch_inbox (error_id);
