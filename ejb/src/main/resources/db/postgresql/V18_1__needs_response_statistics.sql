-- "Needs a response" is awaiting = STAFF with an open status: the two go together, but the planner takes columns
-- as independent. In the 100 k bench it expected 36 of bench-1's 4 191 such tickets and chose to read them all
-- through tickets_counts and sort them (13 ms; the view served 216 pages/s at 8 clients against 430+ for the
-- others) instead of walking tickets_awaiting backwards to the first 50 (0.1 ms). Joint statistics on the three
-- columns tell it how often each combination occurs.
CREATE STATISTICS tickets_awaiting_status (mcv, dependencies) ON client_id, awaiting, status FROM tickets;
ANALYZE tickets;
