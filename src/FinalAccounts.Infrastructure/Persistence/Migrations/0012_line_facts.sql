-- 0012 line facts: every amount of the nine tables of a published version as one row (department,
-- year, version, table, line, column → amount in 元), so comparisons across years and departments
-- are aggregates over one indexed table instead of loading disclosures (ADR 0015).
--
-- Lines and columns are named as the content and TableDefinitions name them: a line is a 功能分类
-- or 经济分类 code, "total" for a table's 合计 row, a fixed line's key of 公开01/04表
-- ("incomeTotal"), a side of 公开06表 ("personnel", "public") or an item of 公开09表 ("abroad");
-- a column is a TableColumn key ("basic", "initialBudget"), or in 公开09表 the side ("budget",
-- "actual"). Column names of the content tables are turned into those keys by content_key, so a
-- column added to a content table later is carried without editing this file. A blank cell has no
-- fact: a blank is not a zero.
--
-- The facts are written by the database itself, in the statement that publishes a version (a
-- BEFORE UPDATE trigger sees the version still unpublished), whatever code publishes it; and they
-- are frozen with the version like its content (0002, 0006). The versions published before this
-- migration are filled here, before the freezing trigger exists.

CREATE TABLE line_facts (
    disclosure_version_id bigint NOT NULL,
    published_table character varying(32) NOT NULL,
    line character varying(32) NOT NULL,
    column_key character varying(32) NOT NULL,
    department_id integer NOT NULL,
    year integer NOT NULL,
    version_number integer NOT NULL,
    name character varying(128),
    amount numeric(18,2) NOT NULL,
    CONSTRAINT pk_line_facts PRIMARY KEY (disclosure_version_id, published_table, line, column_key),
    CONSTRAINT fk_line_facts_disclosure_versions_disclosure_version_id FOREIGN KEY (disclosure_version_id) REFERENCES disclosure_versions (id) ON DELETE CASCADE
);

CREATE INDEX ix_line_facts_department_id_year ON line_facts (department_id, year);

-- "remitted_to_superior" → "remittedToSuperior", as TableColumn keys are written.
CREATE FUNCTION content_key(snake text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT lower(left(snake, 1)) || substr(replace(initcap(replace(snake, '_', ' ')), ' ', ''), 2)
$$;

-- The amounts of a coded table's rows (公开02, 03, 05, 07, 08表): every numeric column but the row's own.
CREATE FUNCTION coded_row_facts(row_json jsonb)
RETURNS TABLE (line text, column_key text, name text, amount numeric)
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(row_json ->> 'code', 'total'), content_key(c.key), row_json ->> 'name', c.value::numeric
    FROM jsonb_each_text(row_json - 'id' - 'disclosure_version_id' - 'sequence' - 'code' - 'name') AS c
    WHERE c.value IS NOT NULL
$$;

CREATE FUNCTION line_facts_of(version bigint)
RETURNS TABLE (published_table text, line text, column_key text, name text, amount numeric)
LANGUAGE sql STABLE AS $$
    SELECT 'IncomeExpenditureSummary', content_key(c.key), 'amount', NULL, c.value::numeric
    FROM table01_summaries s, jsonb_each_text(to_jsonb(s) - 'disclosure_version_id') c
    WHERE s.disclosure_version_id = version AND c.value IS NOT NULL
    UNION ALL
    SELECT 'IncomeExpenditureSummary', l.class_code, 'amount', l.name, l.amount
    FROM table01_expenditure_lines l WHERE l.disclosure_version_id = version AND l.amount IS NOT NULL
    UNION ALL
    SELECT 'Income', f.* FROM table02_income_rows r, coded_row_facts(to_jsonb(r)) f WHERE r.disclosure_version_id = version
    UNION ALL
    SELECT 'Expenditure', f.* FROM table03_expenditure_rows r, coded_row_facts(to_jsonb(r)) f WHERE r.disclosure_version_id = version
    UNION ALL
    -- 公开04表's expenditure-side fixed lines have a column per fund ("closing_balance_general_budget").
    SELECT 'AppropriationSummary',
           content_key(coalesce(substring(c.key FROM '^(expenditure_total|closing_balance|expenditure_grand_total)_(?:subtotal|general_budget|government_fund|state_capital)$'), c.key)),
           content_key(coalesce(substring(c.key FROM '^(?:expenditure_total|closing_balance|expenditure_grand_total)_(subtotal|general_budget|government_fund|state_capital)$'), 'amount')),
           NULL, c.value::numeric
    FROM table04_summaries s, jsonb_each_text(to_jsonb(s) - 'disclosure_version_id') c
    WHERE s.disclosure_version_id = version AND c.value IS NOT NULL
    UNION ALL
    SELECT 'AppropriationSummary', l.class_code, content_key(substr(c.key, length('amounts_') + 1)), l.name, c.value::numeric
    FROM table04_expenditure_lines l, jsonb_each_text(to_jsonb(l)) c
    WHERE l.disclosure_version_id = version AND c.key LIKE 'amounts\_%' AND c.value IS NOT NULL
    UNION ALL
    SELECT 'GeneralBudgetExpenditure', f.* FROM table05_general_budget_rows r, coded_row_facts(to_jsonb(r)) f WHERE r.disclosure_version_id = version
    UNION ALL
    SELECT 'BasicExpenditureDetail', r.code, 'amount', r.name, r.amount
    FROM table06_basic_expenditure_rows r WHERE r.disclosure_version_id = version AND r.amount IS NOT NULL
    UNION ALL
    SELECT 'BasicExpenditureDetail', side.line, 'amount', NULL, side.amount
    FROM table06_totals t, LATERAL (VALUES ('personnel', t.personnel_total), ('public', t.public_total)) AS side(line, amount)
    WHERE t.disclosure_version_id = version AND side.amount IS NOT NULL
    UNION ALL
    SELECT 'GovernmentFund', f.* FROM table07_government_fund_rows r, coded_row_facts(to_jsonb(r)) f WHERE r.disclosure_version_id = version
    UNION ALL
    SELECT 'StateCapital', f.* FROM table08_state_capital_rows r, coded_row_facts(to_jsonb(r)) f WHERE r.disclosure_version_id = version
    UNION ALL
    -- 公开09表 is one row of (预算数, 决算数) × item: the item is the line, the side the column.
    SELECT 'ThreePublicCosts', content_key(substring(c.key FROM '^(?:budget|actual)_(.*)$')), split_part(c.key, '_', 1), NULL, c.value::numeric
    FROM table09_three_public_costs t, jsonb_each_text(to_jsonb(t) - 'disclosure_version_id') c
    WHERE t.disclosure_version_id = version AND c.value IS NOT NULL
$$;

CREATE FUNCTION record_line_facts(version bigint) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO line_facts (disclosure_version_id, published_table, line, column_key, department_id, year, version_number, name, amount)
    SELECT v.id, f.published_table, f.line, f.column_key, d.department_id, d.year, v.number, f.name, f.amount
    FROM disclosure_versions v
    JOIN disclosures d ON d.id = v.disclosure_id
    CROSS JOIN LATERAL line_facts_of(v.id) f
    WHERE v.id = version
$$;

CREATE FUNCTION record_line_facts_at_publication() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'Published' AND OLD.status NOT IN ('Published', 'Withdrawn') THEN
        PERFORM record_line_facts(NEW.id);
    END IF;
    RETURN NEW;
END
$$;

-- The versions published (or since withdrawn) before line facts existed.
SELECT record_line_facts(id) FROM disclosure_versions WHERE status IN ('Published', 'Withdrawn') ORDER BY id;

CREATE TRIGGER record_line_facts BEFORE UPDATE OF status ON disclosure_versions
    FOR EACH ROW EXECUTE FUNCTION record_line_facts_at_publication();

CREATE TRIGGER frozen_content BEFORE INSERT OR UPDATE OR DELETE ON line_facts
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_frozen_content('version');
