-- The rest of seed 003's general ticket settings: auto-close resolved tickets after N days (0: never; the
-- architecture's default is 7), category required on the member form, member attachments allowed, and the
-- largest file accepted (at most the product's own 10 MB).
ALTER TABLE clients ADD COLUMN auto_close_days INTEGER DEFAULT 7 NOT NULL;
ALTER TABLE clients ADD COLUMN category_required BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE clients ADD COLUMN member_attachments BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE clients ADD COLUMN max_attachment_mb INTEGER DEFAULT 10 NOT NULL;
ALTER TABLE clients ADD CONSTRAINT clients_auto_close_days CHECK (auto_close_days BETWEEN 0 AND 365);
ALTER TABLE clients ADD CONSTRAINT clients_max_attachment_mb CHECK (max_attachment_mb BETWEEN 1 AND 10);
