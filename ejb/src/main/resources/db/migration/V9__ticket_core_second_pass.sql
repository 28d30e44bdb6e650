-- Ticket core, second pass.

-- Staff record tickets for people who are not members (seed 004's submitter fields): such a ticket has a contact
-- instead of a requester account, and never appears in a portal.
ALTER TABLE tickets ALTER COLUMN requester_id DROP NOT NULL;
ALTER TABLE tickets ADD COLUMN submitter_name VARCHAR(200);
ALTER TABLE tickets ADD COLUMN submitter_email VARCHAR(254);
ALTER TABLE tickets ADD COLUMN submitted_company_name VARCHAR(200);
ALTER TABLE tickets ADD CONSTRAINT tickets_member_or_contact
    CHECK ((requester_id IS NULL) <> (submitter_email IS NULL));

-- Resolution notes given when resolving, and a due date set by hand with its justification (seed 004).
ALTER TABLE tickets ADD COLUMN resolution VARCHAR(500);
ALTER TABLE tickets ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE tickets ADD COLUMN due_reason VARCHAR(500);

-- A merged ticket's opening message joins the primary's thread, marked with the number it came from; a contact's
-- opening message has no author account.
ALTER TABLE responses ALTER COLUMN author_id DROP NOT NULL;
ALTER TABLE responses ADD COLUMN merged_from VARCHAR(24);

-- What an Idempotency-Key was first used for, so that reusing it for a different submission is refused (422).
-- Keys written before this have none and replay as before.
ALTER TABLE idempotency_keys ADD COLUMN request_hash VARCHAR(64);

-- Seed 003's "enable ticket system".
ALTER TABLE clients ADD COLUMN tickets_enabled BOOLEAN DEFAULT TRUE NOT NULL;
