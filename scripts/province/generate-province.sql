-- A synthetic province for measuring the portal at scale (docs/province.md, ADR 0017).
--
-- Run after the portal has migrated the database and loaded data/generator as its seed: that seed is
-- one department (990000-01) with one published, validator-clean disclosure, the template. This file
-- installs the schema "generator" and its procedure; scripts/generate-province.sh and the tests then
--   CALL generator.generate_province(seed, cities, districts, departments, years);
-- which adds the cities and districts, their departments, and one disclosure per department and year,
-- each a copy of the template with every amount multiplied by n/100 (n a whole number): the template's
-- amounts are whole 万元 cents, i.e. multiples of 100 元, so every copy is exact in 元 and every identity
-- of the template holds in it. Rows are written set-based inside the server (INSERT … SELECT over the
-- template, no row crosses the wire); the rows a publication derives (line facts) are written by the
-- database's own publication trigger, as for any publication. PDFs are not rendered: the portal renders
-- and stores one on its first request.
--
-- Everything random is a hash of (seed, department, year), so a seed reproduces the same province in any
-- order. A known sprinkling of anomalies is planted and listed in generator.planted_anomalies.

CREATE SCHEMA IF NOT EXISTS generator;

-- A number in [0, 1) drawn from the seed and a key.
CREATE OR REPLACE FUNCTION generator.uniform(seed integer, key text) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
    SELECT ('x' || substr(md5(seed::text || ':' || key), 1, 12))::bit(48)::bigint / 281474976710656.0
$$;

-- The departments of a region, numbered: (slot, kind, name after the region's name). A region takes the
-- first `departments` of them; beyond the 50 bureaus come 街道办事处.
CREATE OR REPLACE FUNCTION generator.department_names() RETURNS TABLE (slot integer, kind text, name text)
LANGUAGE sql IMMUTABLE AS $$
    SELECT * FROM (VALUES
        (1, '司法行政', '司法局'),
        (2, '财政', '财政局'),
        (3, '审计', '审计局'),
        (4, '统计', '统计局'),
        (5, '公安', '公安局'),
        (6, '教育', '教育局'),
        (7, '科技', '科学技术局'),
        (8, '民政', '民政局'),
        (9, '人力资源社会保障', '人力资源和社会保障局'),
        (10, '自然资源', '自然资源和规划局'),
        (11, '生态环境', '生态环境局'),
        (12, '住房城乡建设', '住房和城乡建设局'),
        (13, '交通运输', '交通运输局'),
        (14, '水利水务', '水务局'),
        (15, '农业农村', '农业农村局'),
        (16, '商务', '商务局'),
        (17, '文化旅游', '文化和旅游局'),
        (18, '卫生健康', '卫生健康委员会'),
        (19, '退役军人事务', '退役军人事务局'),
        (20, '应急管理', '应急管理局'),
        (21, '市场监管', '市场监督管理局'),
        (22, '医疗保障', '医疗保障局'),
        (23, '城市管理', '城市管理执法局'),
        (24, '体育', '体育局'),
        (25, '发展改革', '发展和改革委员会'),
        (26, '政府办公', '人民政府办公室'),
        (27, '人大政协', '人大常委会办公室'),
        (28, '人大政协', '政协办公室'),
        (29, '党委办事机构', '党委办公室'),
        (30, '党委办事机构', '党委组织部'),
        (31, '党委办事机构', '党委宣传部'),
        (32, '党委办事机构', '党委政法委员会'),
        (33, '群团组织', '总工会'),
        (34, '群团组织', '共青团委员会'),
        (35, '群团组织', '妇女联合会'),
        (36, '群团组织', '科学技术协会'),
        (37, '其他', '档案馆'),
        (38, '其他', '地方志办公室'),
        (39, '其他', '机关事务管理局'),
        (40, '其他', '信访局'),
        (41, '教育', '教育考试院'),
        (42, '卫生健康', '疾病预防控制中心'),
        (43, '公安', '交通警察支队'),
        (44, '司法行政', '法律援助中心'),
        (45, '民政', '社会福利院'),
        (46, '文化旅游', '图书馆'),
        (47, '文化旅游', '博物馆'),
        (48, '农业农村', '农业技术推广中心'),
        (49, '水利水务', '防汛抗旱指挥部办公室'),
        (50, '自然资源', '不动产登记中心')
    ) AS bureau(slot, kind, name)
    UNION ALL
    SELECT 50 + s, '街道乡镇', '第' || s || '街道办事处' FROM generate_series(1, 200) s
$$;

CREATE TABLE IF NOT EXISTS generator.planted_anomalies (
    department_code character varying(32) NOT NULL,
    year integer NOT NULL,
    kind character varying(32) NOT NULL,
    detail text NOT NULL,
    PRIMARY KEY (department_code, year, kind)
);

-- The size of each generated version: amounts are the template's × n / 100.
CREATE TABLE IF NOT EXISTS generator.version_factors (
    version_id bigint PRIMARY KEY,
    n integer NOT NULL
);

-- Region names: cities and, within a city, districts.
CREATE OR REPLACE FUNCTION generator.city_name(city integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT (ARRAY['江城', '云梦', '青川', '临湖', '白沙', '石桥', '松溪', '枫林', '桐源', '梅岭', '柳河', '杏坛',
                  '竹山', '兰亭', '荷塘', '月湾', '星沙', '凤鸣', '龙泉', '鹤岗'])[1 + (city - 1) % 20]
           || CASE WHEN city > 20 THEN (city - 1) / 20 + 1 || '' ELSE '' END || '市'
$$;

CREATE OR REPLACE FUNCTION generator.district_name(district integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT (ARRAY['东城', '西城', '南湖', '北岸', '中山', '新港', '高新', '经开', '滨江', '山前', '河西', '桥东',
                  '湖滨', '城关', '临江'])[1 + (district - 1) % 15]
           || CASE WHEN district > 15 THEN (district - 1) / 15 + 1 || '' ELSE '' END || '区'
$$;

-- A text of the template as a generated department writes it: the template speaks of 示范省司法局 and of
-- 2023/2024; a copy names its own department and region and its own years.
CREATE OR REPLACE FUNCTION generator.rewrite(text text, department text, region text, year integer, template_year integer)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(replace(replace(replace(text, '示范省司法局', department), '示范省', region),
        (template_year - 1)::text, (year - 1)::text), template_year::text, year::text)
$$;

-- Copies the template's content into every version of generator.batch (version_id, n, department,
-- region, year), amounts × n / 100, texts rewritten. The content tables are found in the catalog
-- (every table with a disclosure_version_id but those derived from the content: line facts, stored
-- findings), so a content table added later is copied too.
CREATE OR REPLACE PROCEDURE generator.copy_template(template_version bigint, template_year integer)
LANGUAGE plpgsql AS $$
DECLARE
    content_table text;
    columns text;
    expressions text;
    evaluations integer;
    goals integer;
    evaluation_base bigint;
    goal_base bigint;
BEGIN
    FOR content_table IN
        SELECT c.table_name FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.column_name = 'disclosure_version_id'
          AND c.table_name NOT IN ('line_facts', 'findings_checks', 'version_findings', 'performance_evaluations')
        ORDER BY c.table_name
    LOOP
        SELECT string_agg(quote_ident(c.column_name), ', ' ORDER BY c.ordinal_position),
               string_agg(CASE
                   WHEN c.column_name = 'disclosure_version_id' THEN 'b.version_id'
                   WHEN c.data_type = 'numeric' AND c.numeric_scale = 2 AND c.column_name NOT LIKE '%area'
                       THEN format('t.%I * b.n / 100', c.column_name)
                   WHEN c.data_type = 'text' OR c.character_maximum_length >= 300
                       THEN format('generator.rewrite(t.%I, b.department, b.region, b.year, %s)', c.column_name, template_year)
                   ELSE 't.' || quote_ident(c.column_name) END, ', ' ORDER BY c.ordinal_position)
        INTO columns, expressions
        FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.table_name = content_table AND c.is_identity = 'NO';
        EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I t CROSS JOIN generator_batch b WHERE t.disclosure_version_id = %s',
            content_table, columns, expressions, content_table, template_version);
    END LOOP;

    -- Evaluations own goals, fund lines and indicator groups, and goals own indicators: their ids are
    -- given here, evaluation k of the template's being evaluation k of each copy.
    SELECT count(*) INTO evaluations FROM performance_evaluations WHERE disclosure_version_id = template_version;
    SELECT count(*) INTO goals FROM performance_goals g JOIN performance_evaluations e ON e.id = g.evaluation_id
    WHERE e.disclosure_version_id = template_version;
    SELECT coalesce(max(id), 0) INTO evaluation_base FROM performance_evaluations;
    SELECT coalesce(max(id), 0) INTO goal_base FROM performance_goals;

    CREATE TEMP TABLE evaluation_map ON COMMIT DROP AS
    SELECT e.id AS template_id, b.version_id, b.n, b.department, b.region, b.year,
           evaluation_base + (b.ordinal - 1) * evaluations + row_number() OVER (PARTITION BY b.ordinal ORDER BY e.id) AS id
    FROM performance_evaluations e CROSS JOIN generator_batch b
    WHERE e.disclosure_version_id = template_version;
    CREATE TEMP TABLE goal_map ON COMMIT DROP AS
    SELECT g.id AS template_id, m.version_id, m.department, m.region, m.year, m.id AS evaluation_id,
           goal_base + (b.ordinal - 1) * goals + row_number() OVER (PARTITION BY b.ordinal ORDER BY g.id) AS id
    FROM performance_goals g
    JOIN evaluation_map m ON m.template_id = g.evaluation_id
    JOIN generator_batch b ON b.version_id = m.version_id;

    INSERT INTO performance_evaluations (id, disclosure_version_id, sequence, kind, name, supervising_department,
        implementing_unit, category, attribute, project_type, total_score, grade, execution_rate, fund_weight, fund_score,
        deviation_analysis, improvement, report)
    SELECT m.id, m.version_id, e.sequence, e.kind, e.name,
        generator.rewrite(e.supervising_department, m.department, m.region, m.year, template_year),
        generator.rewrite(e.implementing_unit, m.department, m.region, m.year, template_year),
        e.category, e.attribute, e.project_type, e.total_score, e.grade, e.execution_rate, e.fund_weight, e.fund_score,
        generator.rewrite(e.deviation_analysis, m.department, m.region, m.year, template_year),
        generator.rewrite(e.improvement, m.department, m.region, m.year, template_year),
        generator.rewrite(e.report, m.department, m.region, m.year, template_year)
    FROM performance_evaluations e JOIN evaluation_map m ON m.template_id = e.id;

    INSERT INTO performance_fund_lines (evaluation_id, line, initial_budget, full_year_budget, executed)
    SELECT m.id, f.line, f.initial_budget * m.n / 100, f.full_year_budget * m.n / 100, f.executed * m.n / 100
    FROM performance_fund_lines f JOIN evaluation_map m ON m.template_id = f.evaluation_id;

    INSERT INTO performance_indicator_groups (evaluation_id, sequence, level1, weight)
    SELECT m.id, g.sequence, g.level1, g.weight
    FROM performance_indicator_groups g JOIN evaluation_map m ON m.template_id = g.evaluation_id;

    INSERT INTO performance_goals (id, evaluation_id, sequence, text, achieved)
    SELECT m.id, m.evaluation_id, g.sequence,
        generator.rewrite(g.text, m.department, m.region, m.year, template_year),
        generator.rewrite(g.achieved, m.department, m.region, m.year, template_year)
    FROM performance_goals g JOIN goal_map m ON m.template_id = g.id;

    INSERT INTO performance_indicators (goal_id, sequence, level1, level2, level3, weight, target, actual, deviation, score)
    SELECT m.id, i.sequence, i.level1, i.level2, i.level3, i.weight, i.target, i.actual, i.deviation, i.score
    FROM performance_indicators i JOIN goal_map m ON m.template_id = i.goal_id;

    PERFORM setval(pg_get_serial_sequence('performance_evaluations', 'id'), (SELECT max(id) FROM performance_evaluations));
    PERFORM setval(pg_get_serial_sequence('performance_goals', 'id'), (SELECT max(id) FROM performance_goals));

    -- Search: the template's sections in the copy's words. The portal builds each department-year's
    -- search row (its grams) from these when it next starts, as after any upgrade.
    INSERT INTO search_sections (version_id, sequence, kind, label, anchor, text)
    SELECT b.version_id, s.sequence, s.kind,
        generator.rewrite(s.label, b.department, b.region, b.year, template_year), s.anchor,
        generator.rewrite(s.text, b.department, b.region, b.year, template_year)
    FROM search_sections s CROSS JOIN generator_batch b
    WHERE s.version_id = template_version;
END
$$;

-- Refreshes the planner's statistics of the tables a batch has just grown: the publication trigger reads
-- each version's content by its index only once the planner knows the tables are no longer small.
CREATE OR REPLACE PROCEDURE generator.analyze_content()
LANGUAGE plpgsql AS $$
DECLARE
    content_table text;
BEGIN
    FOR content_table IN
        SELECT DISTINCT c.table_name FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.column_name IN ('disclosure_version_id', 'evaluation_id', 'goal_id')
    LOOP
        EXECUTE format('ANALYZE %I', content_table);
    END LOOP;
    ANALYZE disclosure_versions;
    ANALYZE disclosures;
END
$$;

-- Publishes the versions of generator_batch as a reviewer would, at the dates planned for them; the
-- publication trigger writes their line facts.
CREATE OR REPLACE PROCEDURE generator.publish_batch()
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE disclosure_versions v
    SET status = 'Published', submitted_by = 'province-generator', published_by = 'province-generator',
        published_at = b.published_at, published_on = (b.published_at AT TIME ZONE 'Asia/Shanghai')::date
    FROM generator_batch b WHERE v.id = b.version_id;
    -- Not a reviewer's publication to follow up one by one (migration 0019): PDFs render on first
    -- request, search rows are built by the portal's next start, findings come from the template's check.
    DELETE FROM publication_tasks t USING generator_batch b WHERE t.version_id = b.version_id;
    INSERT INTO generator.version_factors (version_id, n) SELECT version_id, n FROM generator_batch;
END
$$;

-- A copy is as clean as its template (ProvinceGeneratorTests shows it over the small province): unless an
-- anomaly the validator reports (late publication, 三公 over budget) was planted in it, a copy takes the
-- template's check of its stored findings, none; the portal's background check stores the others' (ADR 0018).
-- Does nothing unless the template was checked clean, so that nothing is claimed that no check found.
CREATE OR REPLACE PROCEDURE generator.adopt_template_check(template_department text)
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO findings_checks (disclosure_version_id, rulebook, checked_at, errors, warnings, notes)
    SELECT v.id, t.rulebook, t.checked_at, 0, 0, 0
    FROM disclosure_versions v
    JOIN disclosures d ON d.id = v.disclosure_id
    JOIN departments dep ON dep.id = d.department_id
    CROSS JOIN (SELECT c.rulebook, c.checked_at FROM findings_checks c
                JOIN disclosure_versions tv ON tv.id = c.disclosure_version_id
                JOIN disclosures td ON td.id = tv.disclosure_id
                JOIN departments tdep ON tdep.id = td.department_id
                WHERE tdep.code = template_department AND c.errors + c.warnings + c.notes = 0) t
    WHERE v.status = 'Published' AND dep.code <> template_department
      AND NOT EXISTS (SELECT 1 FROM generator.planted_anomalies p
                      WHERE p.department_code = dep.code AND p.year = d.year AND p.kind IN ('late', 'three-public-over-budget'))
    ON CONFLICT (disclosure_version_id) DO NOTHING;
    RAISE NOTICE 'versions taking the template''s clean check: %', (SELECT count(*) FROM findings_checks);
END
$$;

-- The province: `cities` cities of `districts` districts each under 示范省 (990000), `departments`
-- departments in every region, one disclosure per department for each of the `years` years up to the
-- template's. Refuses to run twice.
CREATE OR REPLACE PROCEDURE generator.generate_province(seed integer, cities integer, districts integer, departments integer, years integer)
LANGUAGE plpgsql AS $$
DECLARE
    template_department constant text := '990000-001';
    template_version bigint;
    template_year integer;
    template_n constant integer := 100;
    first_year integer;
    y integer;
    started timestamptz := clock_timestamp();
    total bigint;
BEGIN
    SELECT v.id, d.year INTO template_version, template_year
    FROM departments dep JOIN disclosures d ON d.department_id = dep.id JOIN disclosure_versions v ON v.disclosure_id = d.id
    WHERE dep.code = template_department AND v.status = 'Published';
    IF template_version IS NULL THEN
        RAISE EXCEPTION 'the template % has no published disclosure: load data/generator as the seed first', template_department;
    END IF;
    IF EXISTS (SELECT 1 FROM departments WHERE code <> template_department) THEN
        RAISE EXCEPTION 'this database already holds departments besides the template: generate into an empty database';
    END IF;
    first_year := template_year - years + 1;

    -- Every year reads the template year's catalog where its own lacks a code.
    INSERT INTO function_classifications (year, code, name, explanation)
    SELECT y.y, f.code, f.name, f.explanation FROM function_classifications f, generate_series(first_year, template_year) y(y)
    WHERE f.year = template_year ON CONFLICT DO NOTHING;
    INSERT INTO economic_classifications (year, code, name, explanation)
    SELECT y.y, e.code, e.name, e.explanation FROM economic_classifications e, generate_series(first_year, template_year) y(y)
    WHERE e.year = template_year ON CONFLICT DO NOTHING;

    INSERT INTO regions (code, name, parent_code)
    SELECT '99' || lpad(c::text, 2, '0') || '00', generator.city_name(c), '990000' FROM generate_series(1, cities) c;
    INSERT INTO regions (code, name, parent_code)
    SELECT '99' || lpad(c::text, 2, '0') || lpad(d::text, 2, '0'), generator.district_name(d), '99' || lpad(c::text, 2, '0') || '00'
    FROM generate_series(1, cities) c, generate_series(1, districts) d;

    -- A department is named after its region: 示范省财政局, 江城市财政局, 江城市东城区财政局.
    INSERT INTO departments (code, name, short_name, region_code, kind)
    SELECT r.code || '-' || lpad(n.slot::text, 3, '0'),
           coalesce(city.name, '') || r.name || n.name, r.name || n.name, r.code, n.kind
    FROM regions r
    LEFT JOIN regions city ON city.code = r.parent_code AND city.parent_code IS NOT NULL
    CROSS JOIN generator.department_names() n
    WHERE r.code LIKE '99%' AND n.slot <= departments
      AND r.code || '-' || lpad(n.slot::text, 3, '0') <> template_department;
    INSERT INTO budget_units (department_id, sequence, name, kind)
    SELECT id, 1, name || '本级', 'Own' FROM departments WHERE code <> template_department;
    INSERT INTO generator.version_factors (version_id, n) VALUES (template_version, template_n);
    SELECT count(*) INTO total FROM departments;
    RAISE NOTICE 'province: % regions, % departments, % years (% to %)',
        (SELECT count(*) FROM regions WHERE code LIKE '99%'), total, years, first_year, template_year;
    COMMIT;

    FOR y IN first_year .. template_year LOOP
        CREATE TEMP TABLE generator_batch ON COMMIT DROP AS
        WITH sized AS (
            SELECT dep.id AS department_id, dep.code, dep.name AS department, r.name AS region,
                   -- A department's size (0.3 to 3 times the template, outliers 6 times more) and its growth.
                   (30 + floor(generator.uniform(seed, dep.code || ':size') * 270))
                       * CASE WHEN generator.uniform(seed, dep.code || ':outlier') < 0.005 THEN 6 ELSE 1 END AS size,
                   -0.03 + generator.uniform(seed, dep.code || ':growth') * 0.09 AS growth,
                   generator.uniform(seed, dep.code || ':' || y || ':noise') AS noise,
                   generator.uniform(seed, dep.code || ':' || y || ':jump') < 0.01 AND y > first_year AS jump,
                   generator.uniform(seed, dep.code || ':' || y || ':late') < 0.03 AS late,
                   generator.uniform(seed, dep.code || ':' || y || ':three-public') < 0.01 AS three_public_over_budget,
                   generator.uniform(seed, dep.code || ':' || y || ':days') AS days
            FROM departments dep JOIN regions r ON r.code = dep.region_code
            WHERE dep.code <> template_department OR y <> template_year
        )
        SELECT s.*, row_number() OVER (ORDER BY s.department_id)::integer AS ordinal,
               greatest(1, round(s.size * power(1 + s.growth, y - template_year) * (0.97 + 0.06 * s.noise)
                   * CASE WHEN s.jump THEN 1.8 ELSE 1 END))::integer AS n,
               make_date(y + 1, 5, 1) + floor(s.days * 60)::integer AS approved_on,
               y AS year,
               NULL::bigint AS version_id, NULL::timestamptz AS published_at
        FROM sized s;
        UPDATE generator_batch SET published_at = (approved_on + CASE WHEN late THEN 21 + floor(days * 1000)::integer % 40
                                                                     ELSE floor(days * 1000)::integer % 19 END
                                                   + time '10:00') AT TIME ZONE 'Asia/Shanghai';

        INSERT INTO disclosures (department_id, year, approved_on) SELECT department_id, y, approved_on FROM generator_batch;
        INSERT INTO disclosure_versions (disclosure_id, number, status, title, reporting_unit, department_name,
            department_short_name, last_edited_by, last_edited_at)
        SELECT d.id, 1, 'Draft', y || '年度' || b.department || '部门决算公开', b.department || '本级', b.department,
               b.department, 'province-generator', b.published_at - interval '2 days'
        FROM generator_batch b JOIN disclosures d ON d.department_id = b.department_id AND d.year = y;
        UPDATE generator_batch b SET version_id = v.id
        FROM disclosures d JOIN disclosure_versions v ON v.disclosure_id = d.id
        WHERE d.department_id = b.department_id AND d.year = y;

        CALL generator.copy_template(template_version, template_year);
        CALL generator.analyze_content();

        -- Planted: 三公 spent beyond its budget (the budget cut to 80%).
        UPDATE table09_three_public_costs t
        SET budget_abroad = t.actual_abroad * 0.8, budget_vehicle_subtotal = t.actual_vehicle_subtotal * 0.8,
            budget_vehicle_purchase = t.actual_vehicle_purchase * 0.8, budget_vehicle_operation = t.actual_vehicle_operation * 0.8,
            budget_reception = t.actual_reception * 0.8, budget_total = t.actual_total * 0.8
        FROM generator_batch b
        WHERE t.disclosure_version_id = b.version_id AND b.three_public_over_budget;
        INSERT INTO generator.planted_anomalies (department_code, year, kind, detail)
        SELECT b.code, y, 'three-public-over-budget', '“三公”经费预算为决算的 80%'
        FROM generator_batch b WHERE b.three_public_over_budget
        UNION ALL
        SELECT b.code, y, 'jump', '各项金额约为上年的 1.8 倍' FROM generator_batch b WHERE b.jump
        UNION ALL
        SELECT b.code, y, 'late', '批复后 ' || (b.published_at AT TIME ZONE 'Asia/Shanghai')::date - b.approved_on || ' 天公开'
        FROM generator_batch b WHERE b.late
        UNION ALL
        SELECT b.code, y, 'outlier', '规模为同类部门的 6 倍左右' FROM generator_batch b WHERE b.size > 300;

        CALL generator.publish_batch();
        SELECT count(*) INTO total FROM disclosure_versions;
        RAISE NOTICE '% done: % versions in all, % s, database %', y, total,
            round(extract(epoch FROM clock_timestamp() - started)), pg_size_pretty(pg_database_size(current_database()));
        COMMIT;
    END LOOP;

    -- A few corrections: a second version with every amount 1% larger, published 30 days after the first.
    CREATE TEMP TABLE generator_batch ON COMMIT DROP AS
    SELECT d.department_id, dep.code, dep.name AS department, r.name AS region, d.year, f.n + greatest(1, f.n / 100) AS n,
           row_number() OVER (ORDER BY d.id)::integer AS ordinal, v.published_at + interval '30 days' AS published_at,
           d.id AS disclosure_id, NULL::bigint AS version_id
    FROM disclosures d
    JOIN departments dep ON dep.id = d.department_id JOIN regions r ON r.code = dep.region_code
    JOIN disclosure_versions v ON v.disclosure_id = d.id AND v.number = 1
    JOIN generator.version_factors f ON f.version_id = v.id
    WHERE dep.code <> template_department AND generator.uniform(seed, dep.code || ':' || d.year || ':correction') < 0.005;
    INSERT INTO disclosure_versions (disclosure_id, number, status, title, reporting_unit, department_name,
        department_short_name, correction_note, last_edited_by, last_edited_at)
    SELECT b.disclosure_id, 2, 'Draft', b.year || '年度' || b.department || '部门决算公开', b.department || '本级', b.department,
           b.department, '更正：经复核，各表金额按决算批复数调整。', 'province-generator', b.published_at - interval '2 days'
    FROM generator_batch b;
    UPDATE generator_batch b SET version_id = v.id FROM disclosure_versions v WHERE v.disclosure_id = b.disclosure_id AND v.number = 2;
    CALL generator.copy_template(template_version, template_year);
    CALL generator.analyze_content();
    INSERT INTO generator.planted_anomalies (department_code, year, kind, detail)
    SELECT b.code, b.year, 'correction', '公开后更正，金额增加约 1%' FROM generator_batch b;
    CALL generator.publish_batch();
    RAISE NOTICE 'corrections: %', (SELECT count(*) FROM generator_batch);
    COMMIT;

    CALL generator.adopt_template_check(template_department);
    COMMIT;
    ANALYZE;
    RAISE NOTICE 'generated in % s: % disclosures, % versions, database %',
        round(extract(epoch FROM clock_timestamp() - started)), (SELECT count(*) FROM disclosures),
        (SELECT count(*) FROM disclosure_versions), pg_size_pretty(pg_database_size(current_database()));
END
$$;
