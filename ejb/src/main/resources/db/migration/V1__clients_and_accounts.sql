-- Clients are the tenants; every other table carries client_id and is filtered by it (EclipseLink @Multitenant).
-- Written in the SQL that H2 2.x and PostgreSQL share, because the embedded mode runs the same migrations.

CREATE TABLE clients (
    id          UUID PRIMARY KEY,
    slug        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT clients_slug_unique UNIQUE (slug)
);

CREATE TABLE accounts (
    id             UUID PRIMARY KEY,
    client_id      UUID NOT NULL REFERENCES clients (id),
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(300),
    role           VARCHAR(30)  NOT NULL,
    failed_logins  INTEGER      NOT NULL DEFAULT 0,
    locked_until   TIMESTAMP WITH TIME ZONE,
    last_login_at  TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    -- sign-in and "who am I" look an account up by client and (lower-cased) e-mail
    CONSTRAINT accounts_email_unique UNIQUE (client_id, email),
    CONSTRAINT accounts_role_known CHECK (role IN ('ROLE_CLIENT_ADMIN', 'ROLE_CLIENT_USER', 'ROLE_MEMBER'))
);

CREATE INDEX accounts_client_name ON accounts (client_id, display_name, id);
