-- Account management (issue 12): suspended clients, deactivated accounts, credentials that can be revoked,
-- members' business details, the platform operator's role, and single-use links to set a password.
-- Written in the SQL that H2 2.x and PostgreSQL share.

-- a suspended client's people cannot sign in and their tokens stop working; nothing of theirs is deleted
ALTER TABLE clients ADD COLUMN suspended BOOLEAN NOT NULL DEFAULT FALSE;
-- whether a token from the outside identity provider may create a support agent's account on first use
ALTER TABLE clients ADD COLUMN provider_creates_staff BOOLEAN NOT NULL DEFAULT FALSE;

-- accounts are never deleted (history keeps their names): they are deactivated
ALTER TABLE accounts ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
-- raised by every password change or reset: our tokens carry it, and a token with an older one is refused
ALTER TABLE accounts ADD COLUMN credentials_epoch INTEGER NOT NULL DEFAULT 0;
-- seed 004's business link: the member's number in the association's membership system, and organisation
ALTER TABLE accounts ADD COLUMN member_number VARCHAR(60);
ALTER TABLE accounts ADD COLUMN organisation VARCHAR(200);

ALTER TABLE accounts DROP CONSTRAINT accounts_role_known;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_known
    CHECK (role IN ('ROLE_CLIENT_ADMIN', 'ROLE_CLIENT_USER', 'ROLE_MEMBER', 'ROLE_PLATFORM_OPERATOR'));

-- Invitation, reset and first-run links. Only a SHA-256 of the secret is kept, so a copy of the database cannot be
-- used to take over an account. Looked up by that hash alone, before anyone is signed in.
CREATE TABLE account_links (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES clients (id),
    account_id  UUID NOT NULL REFERENCES accounts (id),
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_links_token_unique UNIQUE (token_hash),
    CONSTRAINT account_links_purpose_known CHECK (purpose IN ('INVITATION', 'RESET'))
);
CREATE INDEX account_links_account ON account_links (client_id, account_id);
