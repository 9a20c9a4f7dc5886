-- Leadbridge schema, version 3: Salesforce Outbound Messaging notifications.
-- Each notification is stored here before Salesforce gets its ack, once per notification id (Salesforce
-- redelivers until it is acked). Turning them into sync changes belongs to two-way sync, a later step;
-- processed_at stays empty until then. Runs unchanged on H2 and PostgreSQL: portable types only.
CREATE TABLE salesforce_outbound_message (
    notification_id  VARCHAR(18)   NOT NULL,
    organization_id  VARCHAR(18)   NOT NULL,
    action_id        VARCHAR(18)   NOT NULL,
    object_type      VARCHAR(80)   NOT NULL,
    record_id        VARCHAR(18)   NOT NULL,
    fields           TEXT          NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT salesforce_outbound_message_pk PRIMARY KEY (notification_id)
);
CREATE INDEX salesforce_outbound_message_pending ON salesforce_outbound_message (processed_at, received_at);
