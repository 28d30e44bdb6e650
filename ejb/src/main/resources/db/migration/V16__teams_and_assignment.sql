-- Teams, agents' skills and availability, and automatic assignment (issue 10). Written in the SQL that H2 2.x and
-- PostgreSQL share.

-- A client's support teams (seed 002: Technical Support, Billing Team, ...). A category routes to the team whose
-- name its routing_team holds. Round-robin remembers who got the team's last ticket, in the database, so the
-- order survives restarts and holds across nodes (the row is locked while choosing).
CREATE TABLE teams (
    id                UUID PRIMARY KEY,
    client_id         UUID NOT NULL REFERENCES clients (id),
    name              VARCHAR(80) NOT NULL,
    name_key          VARCHAR(80) NOT NULL,
    supervisor_id     UUID REFERENCES accounts (id),
    method            VARCHAR(20) NOT NULL DEFAULT 'MANUAL',
    last_assigned_id  UUID REFERENCES accounts (id),
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT teams_name_unique UNIQUE (client_id, name_key),
    CONSTRAINT teams_method_known CHECK (method IN ('MANUAL', 'ROUND_ROBIN', 'LOAD_BALANCED'))
);

CREATE TABLE team_members (
    team_id     UUID NOT NULL REFERENCES teams (id),
    account_id  UUID NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (team_id, account_id)
);
-- an agent's teams, read for every request of an agent who may not see everything
CREATE INDEX team_members_account ON team_members (account_id, team_id);

-- set by the agent (away) and by the administrator (skills, the most open tickets they take)
ALTER TABLE accounts ADD COLUMN available BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE accounts ADD COLUMN max_open_tickets INTEGER;
ALTER TABLE accounts ADD CONSTRAINT accounts_max_open_tickets CHECK (max_open_tickets IS NULL OR max_open_tickets > 0);
CREATE TABLE account_skills (
    account_id  UUID NOT NULL REFERENCES accounts (id),
    skill       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, skill)
);

-- the team whose queue a ticket is in (from its category), and the client's assignment rules
ALTER TABLE tickets ADD COLUMN team_id UUID REFERENCES teams (id);
CREATE INDEX tickets_team ON tickets (client_id, team_id, updated_at, id);
ALTER TABLE clients ADD COLUMN auto_assign BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE clients ADD COLUMN assign_in_business_hours BOOLEAN NOT NULL DEFAULT FALSE;
