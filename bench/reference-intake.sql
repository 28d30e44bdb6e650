-- The reference limit for intake (bench/run drives it with pgbench): the rows one submitted ticket writes,
-- inserted straight into PostgreSQL with no application in between. Like the application, the number is taken in
-- its own short transaction and the ticket, its history event and its idempotency key in a second one.
-- Variables from pgbench -D: client, member, category.
UPDATE ticket_counters SET last_value = last_value + 1
WHERE client_id = ':client' AND counter_year = extract(year FROM now())::int RETURNING last_value AS n \gset
BEGIN;
INSERT INTO tickets (id, client_id, number, requester_id, subject, description, category_id, priority, status,
                     channel, awaiting, created_at, updated_at, first_response_due_at, search_text, version)
VALUES (gen_random_uuid(), ':client', 'REF-' || extract(year FROM now())::int || '-' || :n, ':member',
        'Cannot renew my membership (reference ' || :n || ')',
        '<p>Since yesterday the payment page fails. I tried twice from my phone.</p>', ':category', 'NORMAL', 'OPEN',
        'PORTAL', 'STAFF', now(), now(), now() + interval '8 hours',
        'REF-' || :n || ' Cannot renew my membership Since yesterday the payment page fails member@bench.test', 0)
RETURNING id AS ticket \gset
INSERT INTO ticket_events (id, client_id, ticket_id, actor_id, type, to_value, internal, created_at)
VALUES (gen_random_uuid(), ':client', ':ticket', ':member', 'CREATED', 'OPEN', FALSE, now());
INSERT INTO idempotency_keys (id, client_id, account_id, idem_key, ticket_id, created_at)
VALUES (gen_random_uuid(), ':client', ':member', 'reference-' || :n, ':ticket', now());
COMMIT;
