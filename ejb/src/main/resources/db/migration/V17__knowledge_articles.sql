-- Help-centre articles. search_text is the article as plain text (title, body, tags) for ranking and embedding;
-- embedding is its sentence vector (384 little-endian floats of all-MiniLM-L6-v2), recomputed on every change.
-- A client holds hundreds of articles, not millions: search reads the client's published rows through
-- knowledge_articles_published and ranks them in memory.
CREATE TABLE knowledge_articles (
    id            UUID PRIMARY KEY,
    client_id     UUID NOT NULL REFERENCES clients (id),
    title         VARCHAR(200) NOT NULL,
    body          VARCHAR(50000) NOT NULL,
    search_text   VARCHAR(60000) NOT NULL,
    category_id   UUID REFERENCES categories (id),
    tags          VARCHAR(900) NOT NULL DEFAULT '',
    published     BOOLEAN NOT NULL DEFAULT FALSE,
    popular       BOOLEAN NOT NULL DEFAULT FALSE,
    view_count    BIGINT NOT NULL DEFAULT 0,
    helped_count  BIGINT NOT NULL DEFAULT 0,
    not_helped_count BIGINT NOT NULL DEFAULT 0,
    embedding     BYTEA NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX knowledge_articles_title ON knowledge_articles (client_id, title);
CREATE INDEX knowledge_articles_published ON knowledge_articles (client_id, published);
