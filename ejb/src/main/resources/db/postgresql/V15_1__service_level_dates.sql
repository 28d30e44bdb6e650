-- The due dates of the tickets open before service levels (V15), around the clock from their creation. Targets
-- that had passed already are recorded as breached at their due date, so the first scan escalates nothing old.
UPDATE tickets SET
    resolution_due_at = created_at + make_interval(secs => resolution_target_s),
    sla_at_risk_at = LEAST(created_at + make_interval(secs => resolution_target_s * 0.8),
        CASE WHEN first_response_due_at IS NOT NULL
            THEN created_at + make_interval(secs => first_response_target_s * 0.8) END)
    WHERE sla_running_since IS NOT NULL AND due_at IS NULL;
UPDATE tickets SET sla_at_risk_at = LEAST(due_at, CASE WHEN first_response_due_at IS NOT NULL
        THEN created_at + make_interval(secs => first_response_target_s * 0.8) END)
    WHERE sla_running_since IS NOT NULL AND due_at IS NOT NULL;
UPDATE tickets SET first_response_breached_at = first_response_due_at WHERE first_response_due_at < now();
UPDATE tickets SET resolution_breached_at = resolution_due_at WHERE resolution_due_at < now();
UPDATE tickets SET sla_due_at = LEAST(first_response_due_at, resolution_due_at),
    sla_check_at = LEAST(CASE WHEN first_response_breached_at IS NULL THEN first_response_due_at END,
        CASE WHEN resolution_breached_at IS NULL THEN resolution_due_at END)
    WHERE first_response_due_at IS NOT NULL OR resolution_due_at IS NOT NULL;

-- The breach scan reads a client's tickets whose check time has passed: only the few with one are indexed. The
-- queue's "sort by due" pages through (due, id); "breaching soon" reads the at-risk ones.
CREATE INDEX tickets_sla_check ON tickets (client_id, sla_check_at) WHERE sla_check_at IS NOT NULL;
CREATE INDEX tickets_sla_due ON tickets (client_id, sla_due_at, id) WHERE sla_due_at IS NOT NULL;
CREATE INDEX tickets_sla_at_risk ON tickets (client_id, sla_at_risk_at) WHERE sla_at_risk_at IS NOT NULL;
