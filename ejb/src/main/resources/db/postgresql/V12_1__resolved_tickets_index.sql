-- The auto-close scan reads the resolved tickets of a client that were resolved before a cut-off. Resolved
-- tickets are a small share of all (most are closed), so the index holds only them.
CREATE INDEX tickets_resolved ON tickets (client_id, resolved_at) WHERE status = 'RESOLVED';
