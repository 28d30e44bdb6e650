-- The AI assistant (issue 11). Summaries are kept with their versions: each new one when something significant
-- arrived (a message, a status change; "source" records what it was made from) or when an agent asked again.
CREATE TABLE ticket_summaries (
    id            UUID PRIMARY KEY,
    client_id     UUID NOT NULL REFERENCES clients (id),
    ticket_id     UUID NOT NULL REFERENCES tickets (id),
    version       INTEGER NOT NULL,
    content       VARCHAR(20000) NOT NULL,
    provider      VARCHAR(60) NOT NULL,
    source        VARCHAR(200) NOT NULL,
    reason        VARCHAR(200) NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ticket_summaries_version_unique UNIQUE (ticket_id, version)
);

-- the client's assistant settings as JSON (provider, default tone, terminology, features); NULL = the defaults
ALTER TABLE clients ADD COLUMN support_ai VARCHAR(10000);
