-- Full-text search on PostgreSQL ('simple' configuration: members write in many languages, and ticket numbers and
-- e-mail addresses must match whole). JPQL calls ticket_text_matches(search_text, query) through FUNCTION(); the
-- planner inlines this one-expression SQL function into "to_tsvector(...) @@ plainto_tsquery(...)", which the GIN
-- expression index below answers, so the search stays an ordinary JPQL query under the tenant filter.
CREATE FUNCTION ticket_text_matches(document TEXT, query TEXT) RETURNS BOOLEAN
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector('simple', document) @@ plainto_tsquery('simple', query) $$;

CREATE INDEX tickets_search ON tickets USING GIN (to_tsvector('simple', search_text));
