-- 0004 public full-text search. Each published version's texts, as the disclosure page shows them
-- (names, title, 第一部分, each 说明 item, key work, glossary, self-evaluations), are stored with the
-- folded text and its one- and two-character grams. Chinese has no word breaks and pg_trgm needs
-- three characters (and a locale that counts CJK as letters), so the GIN index is over the grams:
-- a term is looked up by its bigrams (grams @> …) and rechecked as a substring of folded_text.
-- Derived data: rows may be deleted and written again; visibility is decided by joining the
-- version's status at query time, never by these rows.

CREATE TABLE search_sections (
    version_id bigint NOT NULL,
    sequence integer NOT NULL,
    kind character varying(16) NOT NULL,
    label character varying(300) NOT NULL,
    anchor character varying(32),
    text text NOT NULL,
    folded_text text NOT NULL,
    grams text[] NOT NULL,
    CONSTRAINT pk_search_sections PRIMARY KEY (version_id, sequence),
    CONSTRAINT fk_search_sections_disclosure_versions_version_id FOREIGN KEY (version_id) REFERENCES disclosure_versions (id) ON DELETE CASCADE
);

CREATE INDEX ix_search_sections_grams ON search_sections USING gin (grams);
