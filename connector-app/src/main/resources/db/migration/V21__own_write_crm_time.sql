-- Leadbridge schema, version 21: the CRM's own modification time of the record version each remembered write
-- produced (see ADR 0030), when the CRM returned it (HubSpot's batch answers do; Salesforce's upsert does not).
-- A change of the record stamped before it predates the write: a value other than ours there is not an overwrite.
-- Empty for rows written before this version and for writes whose CRM time is unknown: those keep the old rule.
ALTER TABLE own_write ADD COLUMN crm_modified_at TIMESTAMP WITH TIME ZONE;
