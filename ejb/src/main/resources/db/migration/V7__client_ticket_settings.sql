-- Whether members may reopen a closed ticket themselves (they may always reopen a resolved one).
ALTER TABLE clients ADD COLUMN members_reopen_closed BOOLEAN DEFAULT FALSE NOT NULL;
