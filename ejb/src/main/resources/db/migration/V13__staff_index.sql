-- The client's staff by name (assignee menus on every queue and ticket page): found by role, not by walking every
-- member's name in the name index, which took 60-90 ms with 200 000 members (bench, 1 M tickets).
CREATE INDEX accounts_staff ON accounts (client_id, role, display_name, id);
