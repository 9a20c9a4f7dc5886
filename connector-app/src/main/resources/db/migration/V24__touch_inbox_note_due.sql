-- Issue 9 (ADR 0033): a touch settled for a person marks that person's SDR-context note as due in the same
-- statement; publishing the note clears the mark. A process killed between a drain's settles and its publish left
-- the touch settled and the note never written (or one touch short); the marks left behind are published by the
-- next drain. Rows settled before this version count as published.
ALTER TABLE touch_inbox ADD COLUMN note_due BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX touch_inbox_note_due ON touch_inbox (note_due, person_id);
