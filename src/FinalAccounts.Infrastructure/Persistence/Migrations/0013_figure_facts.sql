-- 0013 figure facts: the figures comparisons need beside the nine tables become line facts too
-- (ADR 0015): 机关运行经费 (说明 item 十: the amount and its 年初预算) and 在职实有人数 (概况's 人员构成:
-- 行政 and 事业). They are rows of line_facts under the source "Figures", which no PublishedTable
-- names, so readers of the nine tables never meet them; a line is the figure ("operatingCosts",
-- "activeStaff"), a column its part ("amount", "initialBudget"; "administrative", "institutional").
-- 在职实有人数 is a count of people, kept exact in the same numeric column. A figure left blank has no
-- fact, like a blank cell: a blank is not a zero.
--
-- Publication writes them in the same statement as the tables' facts (record_line_facts, 0012). The
-- versions published before this migration get theirs here; the facts are frozen with their version,
-- so the freezing trigger is off for this one insert, inside this migration's transaction.

CREATE FUNCTION figure_facts_of(version bigint)
RETURNS TABLE (published_table text, line text, column_key text, name text, amount numeric)
LANGUAGE sql STABLE AS $$
    SELECT 'Figures', 'operatingCosts', content_key(c.key), NULL, c.value::numeric
    FROM operating_costs o, jsonb_each_text(to_jsonb(o) - 'disclosure_version_id') c
    WHERE o.disclosure_version_id = version AND c.value IS NOT NULL
    UNION ALL
    SELECT 'Figures', 'activeStaff', part.column_key, NULL, part.amount
    FROM version_profiles p,
         LATERAL (VALUES ('administrative', p.staffing_active_administrative), ('institutional', p.staffing_active_institutional))
             AS part(column_key, amount)
    WHERE p.disclosure_version_id = version AND part.amount IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION record_line_facts(version bigint) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO line_facts (disclosure_version_id, published_table, line, column_key, department_id, year, version_number, name, amount)
    SELECT v.id, f.published_table, f.line, f.column_key, d.department_id, d.year, v.number, f.name, f.amount
    FROM disclosure_versions v
    JOIN disclosures d ON d.id = v.disclosure_id
    CROSS JOIN LATERAL (SELECT * FROM line_facts_of(v.id) UNION ALL SELECT * FROM figure_facts_of(v.id)) f
    WHERE v.id = version
$$;

-- The versions published (or since withdrawn) before figures were facts.
ALTER TABLE line_facts DISABLE TRIGGER frozen_content;
INSERT INTO line_facts (disclosure_version_id, published_table, line, column_key, department_id, year, version_number, name, amount)
SELECT v.id, f.published_table, f.line, f.column_key, d.department_id, d.year, v.number, f.name, f.amount
FROM disclosure_versions v
JOIN disclosures d ON d.id = v.disclosure_id
CROSS JOIN LATERAL figure_facts_of(v.id) f
WHERE v.status IN ('Published', 'Withdrawn');
ALTER TABLE line_facts ENABLE TRIGGER frozen_content;
