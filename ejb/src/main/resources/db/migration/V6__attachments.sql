-- Attachments of a ticket's description (response_id NULL) or of one reply or note. The bytes live in
-- attachment_contents (one table per database, see db/postgresql and db/h2: PostgreSQL's BYTEA and H2's BLOB),
-- so that listing a thread never reads them.
CREATE TABLE attachments (
    id            UUID PRIMARY KEY,
    client_id     UUID NOT NULL REFERENCES clients (id),
    ticket_id     UUID NOT NULL REFERENCES tickets (id),
    response_id   UUID REFERENCES responses (id),
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    internal      BOOLEAN NOT NULL,
    uploaded_by   UUID NOT NULL REFERENCES accounts (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachments_ticket ON attachments (ticket_id, created_at);
