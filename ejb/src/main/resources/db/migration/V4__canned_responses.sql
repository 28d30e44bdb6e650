-- Canned responses: reusable replies with variables, optionally per category, with a shortcut like /billing-refund.
CREATE TABLE canned_responses (
    id           UUID PRIMARY KEY,
    client_id    UUID NOT NULL REFERENCES clients (id),
    title        VARCHAR(120) NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    category_id  UUID REFERENCES categories (id),
    shortcut     VARCHAR(60),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT canned_responses_shortcut_unique UNIQUE (client_id, shortcut)
);
CREATE INDEX canned_responses_title ON canned_responses (client_id, title);
