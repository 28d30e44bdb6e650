-- A member's retry of a submission (same Idempotency-Key) finds the ticket the first attempt created.
CREATE TABLE idempotency_keys (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES clients (id),
    account_id  UUID NOT NULL REFERENCES accounts (id),
    idem_key    VARCHAR(100) NOT NULL,
    ticket_id   UUID NOT NULL REFERENCES tickets (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_keys_unique UNIQUE (client_id, account_id, idem_key)
);
