-- Categories, tickets, their thread and history. Every table carries client_id for EclipseLink @Multitenant.
-- Queue indexes lead with client_id and end with (updated_at, id): the keyset the staff queue pages on.

CREATE TABLE categories (
    id                    UUID PRIMARY KEY,
    client_id             UUID NOT NULL REFERENCES clients (id),
    name                  VARCHAR(80)  NOT NULL,
    -- lower-cased name: unique per client regardless of case, without a function index (H2 has none)
    name_key              VARCHAR(80)  NOT NULL,
    description           VARCHAR(500),
    display_order         INTEGER      NOT NULL,
    archived              BOOLEAN      NOT NULL DEFAULT FALSE,
    routing_team          VARCHAR(80),
    first_response_hours  INTEGER,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT categories_name_unique UNIQUE (client_id, name_key)
);
CREATE INDEX categories_order ON categories (client_id, archived, display_order);

-- One row per client and year; a number is taken in its own short transaction, so it is never handed out twice
-- (on any node) and the row lock is held for microseconds, not for the whole intake transaction.
CREATE TABLE ticket_counters (
    client_id   UUID    NOT NULL REFERENCES clients (id),
    counter_year INTEGER NOT NULL,
    last_value  BIGINT  NOT NULL,
    PRIMARY KEY (client_id, counter_year)
);

CREATE TABLE tickets (
    id                     UUID PRIMARY KEY,
    client_id              UUID NOT NULL REFERENCES clients (id),
    number                 VARCHAR(24)  NOT NULL,
    requester_id           UUID NOT NULL REFERENCES accounts (id),
    subject                VARCHAR(200) NOT NULL,
    description            VARCHAR(65535) NOT NULL,
    category_id            UUID REFERENCES categories (id),
    priority               VARCHAR(10)  NOT NULL,
    status                 VARCHAR(30)  NOT NULL,
    assignee_id            UUID REFERENCES accounts (id),
    channel                VARCHAR(10)  NOT NULL,
    -- who has to speak next: STAFF when the member wrote last ("needs response"), MEMBER otherwise
    awaiting               VARCHAR(10)  NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_due_at  TIMESTAMP WITH TIME ZONE,
    first_response_at      TIMESTAMP WITH TIME ZONE,
    resolved_at            TIMESTAMP WITH TIME ZONE,
    closed_at              TIMESTAMP WITH TIME ZONE,
    merged_into_id         UUID REFERENCES tickets (id),
    -- number, subject, text of description and replies, member name and e-mail: what full-text search reads
    search_text            VARCHAR(100000) NOT NULL DEFAULT '',
    version                BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT tickets_number_unique UNIQUE (client_id, number),
    CONSTRAINT tickets_status_known CHECK (status IN
        ('OPEN', 'IN_PROGRESS', 'WAITING_ON_MEMBER', 'WAITING_ON_THIRD_PARTY', 'RESOLVED', 'CLOSED')),
    CONSTRAINT tickets_priority_known CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT'))
);
CREATE INDEX tickets_queue ON tickets (client_id, updated_at, id);
CREATE INDEX tickets_status ON tickets (client_id, status, updated_at, id);
CREATE INDEX tickets_assignee ON tickets (client_id, assignee_id, updated_at, id);
CREATE INDEX tickets_priority ON tickets (client_id, priority, updated_at, id);
CREATE INDEX tickets_category ON tickets (client_id, category_id, updated_at, id);
CREATE INDEX tickets_awaiting ON tickets (client_id, awaiting, updated_at, id);
CREATE INDEX tickets_created ON tickets (client_id, created_at, id);
CREATE INDEX tickets_requester ON tickets (client_id, requester_id, created_at, id);

CREATE TABLE ticket_tags (
    ticket_id  UUID NOT NULL REFERENCES tickets (id),
    tag        VARCHAR(40) NOT NULL,
    PRIMARY KEY (ticket_id, tag)
);
CREATE INDEX ticket_tags_by_tag ON ticket_tags (tag, ticket_id);

CREATE TABLE responses (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES clients (id),
    ticket_id   UUID NOT NULL REFERENCES tickets (id),
    author_id   UUID NOT NULL REFERENCES accounts (id),
    body        VARCHAR(65535) NOT NULL,
    internal    BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX responses_thread ON responses (ticket_id, created_at);

CREATE TABLE ticket_events (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES clients (id),
    ticket_id   UUID NOT NULL REFERENCES tickets (id),
    actor_id    UUID REFERENCES accounts (id),
    type        VARCHAR(30) NOT NULL,
    from_value  VARCHAR(200),
    to_value    VARCHAR(200),
    reason      VARCHAR(500),
    internal    BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ticket_events_history ON ticket_events (ticket_id, created_at);
