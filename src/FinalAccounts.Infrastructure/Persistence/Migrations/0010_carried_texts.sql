-- 0010 a 说明 text copied from last year when a new year is started from it is marked 沿用上年、待核对
-- until staff change it or confirm it: carried_from_year is the year it was copied from, null for a
-- text written or checked for its own year. Texts already stored were all written or checked.

ALTER TABLE explanation_texts ADD carried_from_year integer;
