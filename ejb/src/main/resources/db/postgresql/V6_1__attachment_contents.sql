CREATE TABLE attachment_contents (
    attachment_id  UUID PRIMARY KEY REFERENCES attachments (id),
    client_id      UUID NOT NULL REFERENCES clients (id),
    content        BYTEA NOT NULL
);
