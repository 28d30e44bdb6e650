-- The capability matrix of seed 000, per client and role. A role without rows has the default grants;
-- saving the matrix writes a row for every capability of the role, granted or not.
CREATE TABLE role_capabilities (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES clients (id),
    role        VARCHAR(30) NOT NULL,
    capability  VARCHAR(30) NOT NULL,
    granted     BOOLEAN NOT NULL,
    CONSTRAINT role_capabilities_unique UNIQUE (client_id, role, capability)
);
