-- MemberPulse Support benchmark data: realistic tickets, written straight into PostgreSQL through the
-- application's own schema (start the application once against the database first, so Flyway has created it).
--
--   psql -v tickets=100000 -v seed=42 -f bench/generate.sql "$DATABASE"
--
-- Reproducible: every id, choice and word derives from md5(seed, what, n), never from random().
-- Five clients of skewed size (40/25/15/12/8 %), 1 administrator and 12 agents each, about one member per five
-- tickets, the seven seed categories, tickets over the last two years (more on weekdays, peaks in January and
-- September, growing towards today), skewed status / priority / category mixes, 1 to 10 replies and notes each.
-- Every bench account's password is 'bench-password' (a public benchmark credential, like the demo data's).
\set ON_ERROR_STOP on
\timing on

-- u(seed, what, n): a uniform number in [0, 1), the same for the same arguments
CREATE FUNCTION pg_temp.u(seed INT, what TEXT, n BIGINT) RETURNS FLOAT8 LANGUAGE SQL IMMUTABLE AS
$$ SELECT ('x' || substr(md5(seed || ':' || what || ':' || n), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
CREATE FUNCTION pg_temp.id(seed INT, what TEXT, n BIGINT) RETURNS UUID LANGUAGE SQL IMMUTABLE AS
$$ SELECT md5('uuid:' || seed || ':' || what || ':' || n)::uuid $$;
CREATE FUNCTION pg_temp.pick(words TEXT[], x FLOAT8) RETURNS TEXT LANGUAGE SQL IMMUTABLE AS
$$ SELECT words[1 + floor(x * array_length(words, 1))::int] $$;

-- Words members and agents use, so that full-text search has real work to do. One md5 per sentence, sliced into
-- six choices: the sentence generator is most of the generation time.
CREATE FUNCTION pg_temp.sentence(seed INT, what TEXT, n BIGINT) RETURNS TEXT LANGUAGE SQL IMMUTABLE AS $$
  WITH h AS (SELECT md5(seed || ':' || what || ':' || n) AS x),
       w AS (SELECT
         ARRAY['password','login','reset','invoice','renewal','payment','refund','certificate','webinar','course',
               'module','quiz','badge','conference','directory','profile','photo','upload','error','mobile','app',
               'android','iphone','browser','chrome','safari','firefox','email','address','membership','cancel',
               'upgrade','discount','receipt','VAT','deadline','CPD','hours','transcript','exam','registration',
               'ticket','seat','venue','dinner','mentor','journal','subscription','download','link','expired',
               'locked','two-factor','code','SMS','timeout','blank','page','slow','crash','charged','twice',
               'missing','wrong','name','surname','transfer','colleague','card','bank','direct','debit'] AS nouns,
         ARRAY['cannot','still','again','suddenly','always','never','sometimes','today','yesterday','urgently',
               'kindly','please','unfortunately','finally','repeatedly'] AS adverbs,
         ARRAY['works','fails','shows','returns','sends','asks','breaks','loads','stops','freezes','disappears',
               'appears','charges','blocks','rejects'] AS verbs)
  SELECT initcap(w.nouns[1 + ('x' || substr(h.x, 1, 5))::bit(20)::int % array_length(w.nouns, 1)]) || ' '
      || w.adverbs[1 + ('x' || substr(h.x, 6, 5))::bit(20)::int % array_length(w.adverbs, 1)] || ' '
      || w.verbs[1 + ('x' || substr(h.x, 11, 5))::bit(20)::int % array_length(w.verbs, 1)] || ' the '
      || w.nouns[1 + ('x' || substr(h.x, 16, 5))::bit(20)::int % array_length(w.nouns, 1)] || ' when I use the '
      || w.nouns[1 + ('x' || substr(h.x, 21, 5))::bit(20)::int % array_length(w.nouns, 1)] || ' and '
      || w.nouns[1 + ('x' || substr(h.x, 26, 5))::bit(20)::int % array_length(w.nouns, 1)] || '.'
  FROM h, w $$;

CREATE TEMP TABLE vocabulary AS SELECT
  ARRAY['Alex','Sam','Jordan','Taylor','Morgan','Riley','Casey','Jamie','Robin','Charlie','Avery','Quinn',
        'Priya','Wei','Fatima','Olga','Kenji','Lucia','Tomasz','Aisha','Noah','Emma','Liam','Sofia'] AS first_names,
  ARRAY['Smith','Jones','Patel','Nguyen','Garcia','Müller','Rossi','Kowalski','Okafor','Tanaka','Silva',
        'Dubois','Andersson','Murphy','Cohen','Haddad','Ivanova','Kim','Brown','Martin'] AS last_names;

BEGIN;

CREATE TEMP TABLE bench_clients ON COMMIT DROP AS
SELECT k, pg_temp.id(:seed, 'client', k) AS id, 'bench-' || k AS slug, share,
       sum(share) OVER (ORDER BY k) - share AS share_from
FROM (VALUES (1, 0.40), (2, 0.25), (3, 0.15), (4, 0.12), (5, 0.08)) AS s(k, share);

INSERT INTO clients (id, slug, name, created_at)
SELECT id, slug, 'Benchmark Association ' || k, now() - interval '3 years' FROM bench_clients;

INSERT INTO categories (id, client_id, name, name_key, display_order, routing_team, first_response_hours, created_at)
SELECT pg_temp.id(:seed, 'category', c.k * 10 + cat.n), c.id, cat.name, lower(cat.name), cat.n, cat.team, cat.hours,
       now() - interval '3 years'
FROM bench_clients c,
     (VALUES (1, 'Account & Login', 'Technical Support', 24), (2, 'Membership & Billing', 'Billing Team', 24),
             (3, 'Events', 'Events Team', 48), (4, 'Courses & Learning', 'LMS Support', 48),
             (5, 'CPD', 'CPD Team', 48), (6, 'Technical Issue', 'Technical Support', 24),
             (7, 'Other', 'General Support', 48)) AS cat(n, name, team, hours);

-- staff: number 0 is the administrator, 1..12 agents; members: about one per five tickets of the client
CREATE TEMP TABLE bench_people ON COMMIT DROP AS
SELECT c.k, c.id AS client_id, p.n, CASE WHEN p.n = 0 THEN 'ROLE_CLIENT_ADMIN' ELSE 'ROLE_CLIENT_USER' END AS role
FROM bench_clients c, generate_series(0, 12) AS p(n)
UNION ALL
SELECT c.k, c.id, 100 + m.n, 'ROLE_MEMBER'
FROM bench_clients c, generate_series(1, greatest(50, ceil(:tickets * c.share / 5))::int) AS m(n);

INSERT INTO accounts (id, client_id, email, display_name, password_hash, role, created_at)
SELECT pg_temp.id(:seed, 'account', p.k * 10000000 + p.n), p.client_id,
       CASE p.role WHEN 'ROLE_CLIENT_ADMIN' THEN 'admin' WHEN 'ROLE_CLIENT_USER' THEN 'agent' || p.n
            ELSE 'member' || (p.n - 100) END || '@bench-' || p.k || '.test',
       pg_temp.pick(v.first_names, pg_temp.u(:seed, 'first', p.k * 10000000 + p.n)) || ' '
           || pg_temp.pick(v.last_names, pg_temp.u(:seed, 'last', p.k * 10000000 + p.n)),
       'PBKDF2WithHmacSHA512:210000:bWVtYmVycHVsc2UtYmVuYw==:RwD3FAKNuwju7Gu4OVvvP+761WLQ5QwslreDpTl3uA0=',
       p.role, now() - interval '3 years'
FROM bench_people p, vocabulary v;

-- candidate days over two years, thinned so weekdays and January / September carry more tickets
CREATE TEMP TABLE bench_tickets ON COMMIT DROP AS
WITH candidates AS (
  SELECT n, now() - (pow(pg_temp.u(:seed, 'age', n), 0.85) * interval '730 days') AS created_at
  FROM generate_series(1, (:tickets * 2.2)::bigint) AS g(n)
), kept AS (
  SELECT n, created_at FROM candidates
  WHERE pg_temp.u(:seed, 'keep', n) <
        (CASE WHEN extract(isodow FROM created_at) >= 6 THEN 0.35 ELSE 1.0 END)
        * (0.75 + 0.25 * cos(2 * pi() * (extract(doy FROM created_at) - 15) / 365.0)
                + 0.15 * cos(2 * pi() * (extract(doy FROM created_at) - 258) / 182.5))
)
SELECT row_number() OVER (ORDER BY n) AS t, created_at FROM kept ORDER BY n LIMIT :tickets;

CREATE TEMP TABLE bench_shape ON COMMIT DROP AS
SELECT b.t, b.created_at, c.k, c.id AS client_id,
       m.members,
       pg_temp.u(:seed, 'status', b.t) AS s, pg_temp.u(:seed, 'priority', b.t) AS pr,
       pg_temp.u(:seed, 'category', b.t) AS ca, pg_temp.u(:seed, 'assignee', b.t) AS asg,
       1 + floor(pg_temp.u(:seed, 'replies', b.t) * 10)::int AS replies,
       now() - b.created_at > interval '30 days' AS old
FROM bench_tickets b
JOIN (SELECT k, count(*) AS members FROM bench_people WHERE role = 'ROLE_MEMBER' GROUP BY k) m ON TRUE
JOIN bench_clients c ON m.k = c.k AND pg_temp.u(:seed, 'client', b.t) >= c.share_from
                    AND pg_temp.u(:seed, 'client', b.t) < c.share_from + c.share;

CREATE TEMP TABLE bench_ticket_rows ON COMMIT DROP AS
SELECT s.*, pg_temp.id(:seed, 'ticket', s.t) AS id,
       pg_temp.id(:seed, 'account', s.k * 10000000 + 100 + 1 + floor(pg_temp.u(:seed, 'member', s.t) * s.members)::int)
           AS requester_id,
       pg_temp.id(:seed, 'category', s.k * 10 + CASE WHEN s.ca < 0.30 THEN 1 WHEN s.ca < 0.55 THEN 2
           WHEN s.ca < 0.65 THEN 3 WHEN s.ca < 0.75 THEN 4 WHEN s.ca < 0.80 THEN 5 WHEN s.ca < 0.95 THEN 6 ELSE 7 END)
           AS category_id,
       CASE WHEN s.pr < 0.25 THEN 'LOW' WHEN s.pr < 0.75 THEN 'NORMAL' WHEN s.pr < 0.95 THEN 'HIGH' ELSE 'URGENT' END
           AS priority,
       CASE WHEN s.old THEN CASE WHEN s.s < 0.85 THEN 'CLOSED' WHEN s.s < 0.95 THEN 'RESOLVED' WHEN s.s < 0.98
                 THEN 'IN_PROGRESS' ELSE 'WAITING_ON_MEMBER' END
            ELSE CASE WHEN s.s < 0.25 THEN 'OPEN' WHEN s.s < 0.55 THEN 'IN_PROGRESS' WHEN s.s < 0.70
                 THEN 'WAITING_ON_MEMBER' WHEN s.s < 0.75 THEN 'WAITING_ON_THIRD_PARTY' WHEN s.s < 0.95
                 THEN 'RESOLVED' ELSE 'CLOSED' END END AS status,
       pg_temp.sentence(:seed, 'subject', s.t) AS subject
FROM bench_shape s;

-- the full-text index is built once after the load instead of row by row (same definition as migration V2_1)
DROP INDEX tickets_search;

INSERT INTO tickets (id, client_id, number, requester_id, subject, description, category_id, priority, status,
                     assignee_id, channel, awaiting, created_at, updated_at, first_response_due_at,
                     first_response_at, resolved_at, closed_at, search_text, version)
SELECT r.id, r.client_id,
       'TKT-' || extract(year FROM r.created_at) || '-'
           || lpad(row_number() OVER (PARTITION BY r.k, extract(year FROM r.created_at) ORDER BY r.t)::text, 6, '0'),
       r.requester_id, left(r.subject, 200),
       '<p>' || pg_temp.sentence(:seed, 'd1', r.t) || ' ' || pg_temp.sentence(:seed, 'd2', r.t) || '</p>',
       r.category_id, r.priority, r.status,
       CASE WHEN r.status = 'OPEN' AND r.asg < 0.6 THEN NULL
            ELSE pg_temp.id(:seed, 'account', r.k * 10000000 + 1 + floor(r.asg * 12)::int) END,
       CASE WHEN r.asg < 0.15 THEN 'EMAIL' WHEN r.asg < 0.20 THEN 'PHONE' ELSE 'PORTAL' END,
       CASE WHEN r.status IN ('OPEN', 'IN_PROGRESS') AND r.replies % 2 = 1 THEN 'STAFF' ELSE 'MEMBER' END,
       r.created_at, r.created_at + r.replies * interval '3 hours',
       r.created_at + CASE r.priority WHEN 'LOW' THEN interval '48 hours' WHEN 'NORMAL' THEN interval '24 hours'
                                      WHEN 'HIGH' THEN interval '4 hours' ELSE interval '1 hour' END,
       CASE WHEN r.status <> 'OPEN' THEN r.created_at + interval '2 hours' END,
       CASE WHEN r.status IN ('RESOLVED', 'CLOSED') THEN r.created_at + r.replies * interval '3 hours' END,
       CASE WHEN r.status = 'CLOSED' THEN r.created_at + r.replies * interval '3 hours' + interval '7 days' END,
       r.subject || ' ' || pg_temp.sentence(:seed, 'd1', r.t) || ' ' || pg_temp.sentence(:seed, 'd2', r.t)
           || ' ' || (SELECT string_agg(pg_temp.sentence(:seed, 'reply', r.t * 100 + m), ' ')
                      FROM generate_series(1, r.replies) AS m),
       0
FROM bench_ticket_rows r;

-- service levels as the V15 migrations give tickets from before them: the default targets around the clock from
-- creation, paused unless open or in progress, and targets already past recorded as breached; so the breach scan
-- (tickets_sla_check) and "breaching soon" read what a live database holds: the few tickets with a due date ahead
UPDATE tickets t SET
    first_response_target_s = x.fr, resolution_target_s = x.res,
    sla_running_since = CASE WHEN x.running THEN t.created_at END,
    first_response_due_at = CASE WHEN x.running AND t.first_response_at IS NULL
        THEN t.created_at + make_interval(secs => x.fr) END,
    resolution_due_at = CASE WHEN x.running THEN t.created_at + make_interval(secs => x.res) END,
    sla_at_risk_at = CASE WHEN x.running THEN t.created_at + make_interval(secs => CASE
        WHEN t.first_response_at IS NULL THEN x.fr ELSE x.res END * 0.8) END
FROM (SELECT id, status IN ('OPEN', 'IN_PROGRESS') AS running,
             CASE priority WHEN 'LOW' THEN 172800 WHEN 'NORMAL' THEN 86400 WHEN 'HIGH' THEN 14400 ELSE 3600 END AS fr,
             CASE priority WHEN 'LOW' THEN 432000 WHEN 'NORMAL' THEN 259200 WHEN 'HIGH' THEN 86400 ELSE 14400 END AS res
      FROM tickets) x
WHERE x.id = t.id;
UPDATE tickets SET
    first_response_breached_at = CASE WHEN first_response_due_at < now() THEN first_response_due_at END,
    resolution_breached_at = CASE WHEN resolution_due_at < now() THEN resolution_due_at END,
    sla_due_at = LEAST(first_response_due_at, resolution_due_at),
    sla_check_at = LEAST(CASE WHEN first_response_due_at >= now() THEN first_response_due_at END,
        CASE WHEN resolution_due_at >= now() THEN resolution_due_at END)
WHERE sla_running_since IS NOT NULL;

-- replies alternate between the assigned agent and the member; every fourth staff message is an internal note
INSERT INTO responses (id, client_id, ticket_id, author_id, body, internal, created_at)
SELECT pg_temp.id(:seed, 'response', r.t * 100 + m), r.client_id, r.id,
       CASE WHEN m % 2 = 1 THEN pg_temp.id(:seed, 'account', r.k * 10000000 + 1 + floor(r.asg * 12)::int)
            ELSE r.requester_id END,
       '<p>' || pg_temp.sentence(:seed, 'reply', r.t * 100 + m) || '</p>',
       m % 2 = 1 AND m % 4 = 3, r.created_at + m * interval '3 hours'
FROM bench_ticket_rows r, generate_series(1, r.replies) AS m;

INSERT INTO ticket_events (id, client_id, ticket_id, actor_id, type, from_value, to_value, internal, created_at)
SELECT pg_temp.id(:seed, 'created', r.t), r.client_id, r.id, r.requester_id, 'CREATED', NULL, 'OPEN', FALSE,
       r.created_at
FROM bench_ticket_rows r
UNION ALL
SELECT pg_temp.id(:seed, 'moved', r.t), r.client_id, r.id,
       pg_temp.id(:seed, 'account', r.k * 10000000 + 1 + floor(r.asg * 12)::int), 'STATUS_CHANGED', 'OPEN', r.status,
       FALSE, r.created_at + interval '2 hours'
FROM bench_ticket_rows r WHERE r.status <> 'OPEN';

-- files: one ticket in five carries 1 to 3 (screenshots, PDFs, logs), on its description or on one of its first
-- messages; small bodies (256 bytes to 2 KiB of text) keep the database size honest about rows, not megabytes
CREATE TEMP TABLE bench_files ON COMMIT DROP AS
SELECT pg_temp.id(:seed, 'file', r.t * 4 + f) AS id, r.client_id, r.id AS ticket_id,
       CASE WHEN f <= r.replies AND pg_temp.u(:seed, 'file-on', r.t * 4 + f) < 0.5
            THEN pg_temp.id(:seed, 'response', r.t * 100 + f) END AS response_id,
       CASE WHEN f <= r.replies AND f % 2 = 1 THEN pg_temp.id(:seed, 'account', r.k * 10000000 + 1
            + floor(r.asg * 12)::int) ELSE r.requester_id END AS staff_or_member,
       r.requester_id, f % 2 = 1 AND f % 4 = 3 AS note,
       (ARRAY['screenshot.png', 'invoice.pdf', 'error-log.txt', 'photo.jpg'])[1 + (r.t + f) % 4] AS file_name,
       (ARRAY['image/png', 'application/pdf', 'text/plain', 'image/jpeg'])[1 + (r.t + f) % 4] AS content_type,
       256 + floor(pg_temp.u(:seed, 'file-size', r.t * 4 + f) * 1792)::int AS size,
       r.created_at + f * interval '3 hours' AS created_at
FROM bench_ticket_rows r, generate_series(1, 1 + floor(pg_temp.u(:seed, 'files', r.t) * 3)::int) AS f
WHERE pg_temp.u(:seed, 'has-files', r.t) < 0.2;

INSERT INTO attachments (id, client_id, ticket_id, response_id, file_name, content_type, size_bytes, internal,
                         uploaded_by, created_at)
SELECT id, client_id, ticket_id, response_id, file_name, content_type, size,
       response_id IS NOT NULL AND note, CASE WHEN response_id IS NULL THEN requester_id ELSE staff_or_member END,
       created_at
FROM bench_files;
INSERT INTO attachment_contents (attachment_id, client_id, content)
SELECT id, client_id, substring(convert_to(repeat(md5(id::text) || E'\n', 64), 'UTF8') FROM 1 FOR size)
FROM bench_files;

-- the portal sends an Idempotency-Key with each submission, so the keys table is as big as the portal's share
INSERT INTO idempotency_keys (id, client_id, account_id, idem_key, ticket_id, created_at)
SELECT pg_temp.id(:seed, 'idempotency', r.t), r.client_id, r.requester_id, 'portal-' || md5(:seed || ':' || r.t),
       r.id, r.created_at
FROM bench_ticket_rows r WHERE r.asg >= 0.20;

-- the counters continue after the generated numbers, so tickets submitted during a benchmark get fresh ones
INSERT INTO ticket_counters (client_id, counter_year, last_value)
SELECT client_id, substr(number, 5, 4)::int, max(substr(number, 10)::bigint)
FROM tickets WHERE client_id IN (SELECT id FROM bench_clients) GROUP BY client_id, substr(number, 5, 4)
ON CONFLICT (client_id, counter_year) DO UPDATE SET last_value = greatest(ticket_counters.last_value,
                                                                           excluded.last_value);
CREATE INDEX tickets_search ON tickets USING GIN (search_vector);
COMMIT;

ANALYZE attachments; ANALYZE attachment_contents; ANALYZE idempotency_keys; ANALYZE clients; ANALYZE accounts; ANALYZE categories; ANALYZE tickets; ANALYZE responses; ANALYZE ticket_events;
SELECT c.slug, count(t.id) AS tickets FROM clients c JOIN tickets t ON t.client_id = c.id
WHERE c.slug LIKE 'bench-%' GROUP BY c.slug ORDER BY c.slug;
