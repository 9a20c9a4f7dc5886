-- Leadbridge schema, version 14: delivery state of the workflow command outbox (see ADR 0019). A command is pending
-- while done_at and parked_at are empty and next_attempt_at (if set) has passed; a retriable failure sets
-- next_attempt_at with backoff; a refused command (or one out of attempts) is parked with the CRM's code and
-- message and stays in the table until an admin retries or dismisses it. Messages name fields, never prospect data.
ALTER TABLE workflow_command ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE workflow_command ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE workflow_command ADD COLUMN parked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE workflow_command ADD COLUMN failure_code VARCHAR(80);
ALTER TABLE workflow_command ADD COLUMN failure_message VARCHAR(2000);
ALTER TABLE workflow_command ADD COLUMN dismissed_at TIMESTAMP WITH TIME ZONE;
