-- The auto-close scan's index (db/postgresql/V12_1 has a partial one; H2 has no partial indexes).
CREATE INDEX tickets_resolved ON tickets (client_id, status, resolved_at);
