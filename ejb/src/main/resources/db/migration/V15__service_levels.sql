-- Service levels (issue 10): each client's policy (targets per priority, business calendar, escalation) as the
-- SLA component's JSON document, null for the product's defaults; and on each ticket where its clock stands.
ALTER TABLE clients ADD COLUMN sla_policy VARCHAR(100000);

-- the targets the ticket runs to, in business seconds, fixed at opening and on a priority or category change
ALTER TABLE tickets ADD COLUMN first_response_target_s BIGINT;
ALTER TABLE tickets ADD COLUMN resolution_target_s BIGINT;
-- business time used in the periods that ended (the clock pauses while waiting and once resolved)
ALTER TABLE tickets ADD COLUMN sla_elapsed_s BIGINT DEFAULT 0 NOT NULL;
-- when the current period began; null while paused
ALTER TABLE tickets ADD COLUMN sla_running_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE tickets ADD COLUMN resolution_due_at TIMESTAMP WITH TIME ZONE;
-- the earliest outstanding due date (sort by due), when it becomes at risk, and when the breach scan must look
ALTER TABLE tickets ADD COLUMN sla_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE tickets ADD COLUMN sla_at_risk_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE tickets ADD COLUMN sla_check_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE tickets ADD COLUMN first_response_breached_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE tickets ADD COLUMN resolution_breached_at TIMESTAMP WITH TIME ZONE;

-- Existing tickets take the default targets (around the clock; the first-response due date they have already
-- counted the category's stricter target). db/<database>/V15_1 computes their due dates.
UPDATE tickets SET
    first_response_target_s = CASE priority WHEN 'LOW' THEN 172800 WHEN 'NORMAL' THEN 86400
        WHEN 'HIGH' THEN 14400 ELSE 3600 END,
    resolution_target_s = CASE priority WHEN 'LOW' THEN 432000 WHEN 'NORMAL' THEN 259200
        WHEN 'HIGH' THEN 86400 ELSE 14400 END;
UPDATE tickets SET first_response_due_at = NULL
    WHERE first_response_at IS NOT NULL OR status NOT IN ('OPEN', 'IN_PROGRESS');
UPDATE tickets SET sla_running_since = created_at WHERE status IN ('OPEN', 'IN_PROGRESS');
UPDATE tickets SET resolution_due_at = due_at WHERE due_at IS NOT NULL AND status NOT IN ('RESOLVED', 'CLOSED');
