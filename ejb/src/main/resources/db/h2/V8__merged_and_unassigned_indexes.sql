-- A ticket's page lists the tickets merged into it (db/postgresql/V8 has partial indexes; H2 has none, and the
-- unassigned view is served by tickets_assignee there).
CREATE INDEX tickets_merged ON tickets (merged_into_id);
