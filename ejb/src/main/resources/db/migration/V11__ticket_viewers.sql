-- Who has a ticket open in the console, and whether they are writing a reply: the collision notice. One row per
-- agent and ticket, refreshed by the page every few seconds; a row older than the notice's window means gone.
-- In the database, not in one node's memory, so two agents on two nodes see each other.
CREATE TABLE ticket_viewers (
    client_id  UUID        NOT NULL,
    ticket_id  UUID        NOT NULL,
    account_id UUID        NOT NULL,
    replying   BOOLEAN     NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ticket_viewers_pk PRIMARY KEY (ticket_id, account_id),
    CONSTRAINT ticket_viewers_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    CONSTRAINT ticket_viewers_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
