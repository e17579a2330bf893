-- 0018 search at province scale (issue 18, ADR 0020).
--
-- A search used to look up every section of every published version through a GIN index over each
-- section's grams, then count and rank every match: on a province (97,000 versions, 5.5 million
-- sections) a common two-character word matched millions of rows and ran past the command timeout.
-- Now a search looks up disclosures, one row per department-year holding its latest published
-- version: its department names, its text as shown and folded (all sections joined by line breaks,
-- compressed with lz4; a long term is confirmed against the folded text, snippets are cut from the
-- other), where each section lies in that text, and the distinct one- and two-character grams of the
-- text, under a GIN index. A term of one or two characters is answered by the index alone. A page of
-- results reads its twenty rows and nothing else.
--
-- The rows are derived: the portal writes a disclosure's row after it indexes a publication, and at
-- start-up for any disclosure whose row is missing or behind (so this migration leaves the table
-- empty and the first start fills it from the stored sections). A version that stops being published
-- leaves the table in the same transaction, through the trigger below, so a withdrawal hides it from
-- search at once without a join at query time.
--
-- The sections stay, without their grams or folded text (nothing matches against them any more): the
-- rows are built from them.

CREATE TABLE search_disclosures (
    disclosure_id integer NOT NULL,
    version_id bigint NOT NULL,
    region_code character(6) NOT NULL,
    department_code character varying(32) NOT NULL,
    year integer NOT NULL,
    names text NOT NULL,
    text text COMPRESSION lz4 NOT NULL,
    sections jsonb NOT NULL,
    body text COMPRESSION lz4 NOT NULL,
    grams text[] NOT NULL,
    CONSTRAINT pk_search_disclosures PRIMARY KEY (disclosure_id),
    CONSTRAINT fk_search_disclosures_disclosures_disclosure_id FOREIGN KEY (disclosure_id) REFERENCES disclosures (id) ON DELETE CASCADE,
    CONSTRAINT fk_search_disclosures_disclosure_versions_version_id FOREIGN KEY (version_id) REFERENCES disclosure_versions (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_search_disclosures_version_id ON search_disclosures (version_id);
-- Year and region in the same GIN index as the grams (btree_gin): a search narrowed to a year or a region
-- intersects their entries inside one index scan, whatever the planner estimates for the grams.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX ix_search_disclosures_grams ON search_disclosures USING gin (year, region_code, grams);
CREATE INDEX ix_search_disclosures_year_region_code ON search_disclosures (year, region_code);
CREATE INDEX ix_search_disclosures_region_code ON search_disclosures (region_code);

-- The planner's element statistics over thousands of grams per row cost ANALYZE minutes and are not
-- used: the portal decides how to run a search from a capped count, not from estimates.
ALTER TABLE search_disclosures ALTER COLUMN grams SET STATISTICS 0;

CREATE FUNCTION remove_unpublished_version_from_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_disclosures WHERE version_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER unpublished_version_leaves_search AFTER UPDATE OF status ON disclosure_versions
    FOR EACH ROW WHEN (OLD.status = 'Published' AND NEW.status <> 'Published')
    EXECUTE FUNCTION remove_unpublished_version_from_search();

DROP INDEX ix_search_sections_grams;
ALTER TABLE search_sections DROP COLUMN grams, DROP COLUMN folded_text;
