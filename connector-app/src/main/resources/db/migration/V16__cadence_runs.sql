-- Leadbridge schema, version 16: people's cadences (see ADR 0022). The cadence's step and end timers are rows of
-- workflow_timer (sla_kind 'CADENCE'); these tables hold what the timers need when they fire.
-- Runs unchanged on H2 and PostgreSQL: portable types only. No message text: channels, directions, times, ids.

-- One row per cadence run: which cadence of the rules file, since when, for which SDR. outcome: RUNNING, REPLIED
-- or FINISHED_WITHOUT_REPLY; ending a run is an UPDATE ... WHERE outcome = 'RUNNING', so one caller acts on it.
CREATE TABLE cadence_run (
    person_id    VARCHAR(36)   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    cadence      VARCHAR(100)  NOT NULL,
    owner_email  VARCHAR(320)  NOT NULL,
    outcome      VARCHAR(30)   NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT cadence_run_pk PRIMARY KEY (person_id, started_at)
);
CREATE INDEX cadence_run_running ON cadence_run (person_id, outcome);

-- The touches logged on a person that the cadence matches to its steps, once per source record.
CREATE TABLE cadence_touch (
    person_id     VARCHAR(36)   NOT NULL,
    source_system VARCHAR(20)   NOT NULL,
    source_type   VARCHAR(40)   NOT NULL,
    source_id     VARCHAR(64)   NOT NULL,
    channel       VARCHAR(20)   NOT NULL,
    direction     VARCHAR(10)   NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    cadence_step  INT,
    CONSTRAINT cadence_touch_pk PRIMARY KEY (person_id, source_system, source_type, source_id)
);
