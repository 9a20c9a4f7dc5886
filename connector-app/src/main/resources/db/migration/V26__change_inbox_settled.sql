-- Leadbridge schema, version 26: the inbox retention job (connector.sync.inbox-retention) deletes changes settled
-- as written or obsolete before a cut-off, oldest first; this index finds them without reading the whole inbox.
CREATE INDEX change_inbox_settled ON change_inbox (status, settled_at);
