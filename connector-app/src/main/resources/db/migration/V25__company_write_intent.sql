-- Leadbridge schema, version 25 (ADR 0032): company field values Leadbridge is about to write, stored before the
-- write is sent and dropped when the change is settled, as own_write_intent (V23) does for people. A write the CRM
-- stored but the process died before settling (or whose answer was lost) is still recognised when the record is
-- read back or matched by domain, instead of passing for a newer change of its own. Fingerprints only, never
-- values; a create is found by the fingerprint of the domain it carries, normalised as domain matching compares it.
CREATE TABLE company_write_intent (
    source_system       VARCHAR(20)  NOT NULL,
    source_type         VARCHAR(60)  NOT NULL,
    source_id           VARCHAR(80)  NOT NULL,
    field_key           VARCHAR(60)  NOT NULL,
    fingerprint         CHAR(64)     NOT NULL,
    target_system       VARCHAR(20)  NOT NULL,
    target_type         VARCHAR(60),
    target_id           VARCHAR(80),
    domain_fingerprint  CHAR(64),
    intended_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT company_write_intent_pk PRIMARY KEY (source_system, source_type, source_id, field_key, fingerprint)
);
CREATE INDEX company_write_intent_target ON company_write_intent (target_system, target_id);
CREATE INDEX company_write_intent_domain ON company_write_intent (target_system, domain_fingerprint);
