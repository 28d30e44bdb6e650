-- The due dates of the tickets open before service levels (db/postgresql/V15_1 says why; H2 spells the date
-- arithmetic differently and has no partial indexes).
UPDATE tickets SET
    resolution_due_at = DATEADD(SECOND, resolution_target_s, created_at),
    sla_at_risk_at = CASE WHEN first_response_due_at IS NOT NULL
        THEN DATEADD(SECOND, first_response_target_s * 8 / 10, created_at)
        ELSE DATEADD(SECOND, resolution_target_s * 8 / 10, created_at) END
    WHERE sla_running_since IS NOT NULL AND due_at IS NULL;
UPDATE tickets SET sla_at_risk_at = CASE WHEN first_response_due_at IS NOT NULL
        THEN LEAST(due_at, DATEADD(SECOND, first_response_target_s * 8 / 10, created_at)) ELSE due_at END
    WHERE sla_running_since IS NOT NULL AND due_at IS NOT NULL;
UPDATE tickets SET first_response_breached_at = first_response_due_at WHERE first_response_due_at < CURRENT_TIMESTAMP;
UPDATE tickets SET resolution_breached_at = resolution_due_at WHERE resolution_due_at < CURRENT_TIMESTAMP;
UPDATE tickets SET sla_due_at = CASE WHEN first_response_due_at IS NULL THEN resolution_due_at
        WHEN resolution_due_at IS NULL OR first_response_due_at < resolution_due_at THEN first_response_due_at
        ELSE resolution_due_at END
    WHERE first_response_due_at IS NOT NULL OR resolution_due_at IS NOT NULL;
UPDATE tickets SET sla_check_at = CASE
        WHEN first_response_breached_at IS NULL AND first_response_due_at IS NOT NULL
            AND (resolution_breached_at IS NOT NULL OR resolution_due_at IS NULL
                OR first_response_due_at < resolution_due_at) THEN first_response_due_at
        WHEN resolution_breached_at IS NULL THEN resolution_due_at END
    WHERE first_response_due_at IS NOT NULL OR resolution_due_at IS NOT NULL;

CREATE INDEX tickets_sla_check ON tickets (client_id, sla_check_at);
CREATE INDEX tickets_sla_due ON tickets (client_id, sla_due_at, id);
CREATE INDEX tickets_sla_at_risk ON tickets (client_id, sla_at_risk_at);
