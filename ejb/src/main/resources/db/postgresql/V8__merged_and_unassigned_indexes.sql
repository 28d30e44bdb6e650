-- Found by the benchmark (bench/), both on a ticket's hot path:
-- 1. A ticket's page lists the tickets merged into it. Without an index that was a sequential scan of every ticket
--    on each ticket page (55 ms at 100 k tickets). Few tickets are ever merged, so the index holds only those.
CREATE INDEX tickets_merged ON tickets (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- 2. The "unassigned" view. PostgreSQL does not treat "assignee_id IS NULL" as an equality, so it could not read
--    tickets_assignee in updated order and sorted every unassigned ticket of the client for each page (11-22 ms
--    with 3 800 unassigned). This index is in queue order and holds the unassigned tickets only.
CREATE INDEX tickets_unassigned ON tickets (client_id, updated_at, id) WHERE assignee_id IS NULL;

-- Tickets grow by thousands a day; re-analyse after 2 % new rows rather than 10 %, so that the planner's picture of
-- each view (how many unassigned, how many awaiting staff) does not lag behind a busy morning.
ALTER TABLE tickets SET (autovacuum_analyze_scale_factor = 0.02, autovacuum_vacuum_scale_factor = 0.05);
