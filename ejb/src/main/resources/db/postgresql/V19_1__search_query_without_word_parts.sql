-- A hyphenated word made the planner sort thousands of rows. plainto_tsquery('simple', 'two-factor code') is
-- 'two-factor' & 'two' & 'factor' & 'code': the parts always come with the whole word, yet the planner multiplies
-- their frequencies as if they were independent, expects 376 matches where there are 5,862 (100 k tickets), and
-- picks the GIN bitmap plus a sort over walking the queue index in order (85 ms against 3 ms). The query keeps the
-- whole word and leaves out its parts: the same tickets match, since a document holding 'two-factor' holds its parts
-- too, and the estimate is close again. Words become lexemes through the 'simple' configuration (ts_debug), as in
-- plainto_tsquery; that configuration maps every kind of hyphenated word, so leaving out the parts loses nothing.
CREATE FUNCTION ticket_search_query(query TEXT) RETURNS TSQUERY
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT coalesce(string_agg('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''', ' & '),
                        '')::tsquery
        FROM ts_debug('simple', query) AS token, unnest(token.lexemes) AS lexeme
        WHERE token.alias NOT IN ('hword_part', 'hword_asciipart', 'hword_numpart')
    $$;

-- still inlined by the planner into "search_vector @@ ticket_search_query(...)", and the query is folded to a
-- constant while planning, so the GIN index and the column's statistics see it
CREATE OR REPLACE FUNCTION ticket_vector_matches(document TSVECTOR, query TEXT) RETURNS BOOLEAN
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE
    AS $$ SELECT document @@ ticket_search_query(query) $$;
