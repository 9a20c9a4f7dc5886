-- Leadbridge schema, version 11: the round-robin counts of the routing rules, shared by every instance so that the
-- rotation stays fair across restarts and scale-out. Runs unchanged on H2 and PostgreSQL: portable types only.

-- One row per team that ever assigned a lead; an assignment locks it (SELECT ... FOR UPDATE) so that two
-- instances never pick from the same counts.
CREATE TABLE round_robin_team (
    team VARCHAR(100) NOT NULL PRIMARY KEY
);

-- A member's assignments in a team: ever (the fairness measure) and on assigned_day (the daily-capacity measure).
CREATE TABLE round_robin_member (
    team            VARCHAR(100) NOT NULL,
    owner           VARCHAR(320) NOT NULL,
    assigned_total  BIGINT       NOT NULL,
    assigned_day    DATE         NOT NULL,
    assigned_on_day INTEGER      NOT NULL,
    PRIMARY KEY (team, owner)
);
