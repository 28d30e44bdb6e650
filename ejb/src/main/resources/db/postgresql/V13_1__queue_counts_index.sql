-- The queue's live counts (by status, open by priority, unassigned, mine, needs response) read every ticket of the
-- client: 790 ms a page at 1 M tickets (bench-1 holds 400 000), from the heap. This index answers them all by
-- index-only scans (55 ms together, most of it counting closed tickets by status); id is included because
-- COUNT(t) counts ids. H2 has no partial indexes, and its data is small.
CREATE INDEX tickets_counts ON tickets (client_id, status, priority, assignee_id, awaiting) INCLUDE (id)
    WHERE merged_into_id IS NULL;
