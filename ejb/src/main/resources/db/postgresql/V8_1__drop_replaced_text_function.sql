-- Full text reads the stored search_vector since V7_1; the function over the raw text is no longer called.
DROP FUNCTION ticket_text_matches(TEXT, TEXT);
