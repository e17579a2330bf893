-- 0017 indexes for a province (issues 17, 18).
--
-- The comparisons' measures (ComparisonMeasures: 收支总计, 财政拨款, 基本/项目, 人员/公用经费, 三公,
-- 机关运行经费, 在职实有人数) read a dozen lines — about a tenth of a version's ~250 line facts. This
-- partial index holds just those lines with their amounts, so a 300-department comparison reads a
-- few pages of one small index instead of every fact of 300 versions from the table. Its list is
-- ComparisonMeasures.Lines; the EF model states the same filter, so the schema test fails when a
-- measure reads a line this list lacks.
CREATE INDEX ix_line_facts_measure_lines ON line_facts (disclosure_version_id)
    INCLUDE (published_table, line, column_key, amount)
    WHERE line IN ('incomeGrandTotal', 'expenditureTotal', 'total', 'personnel', 'public', 'abroad', 'vehicleSubtotal',
                   'vehiclePurchase', 'vehicleOperation', 'reception', 'operatingCosts', 'activeStaff');

-- The newest publications (the home page's list) from the top of an index instead of sorting every
-- published version.
CREATE INDEX ix_disclosure_versions_published ON disclosure_versions (published_at DESC NULLS LAST, id DESC)
    WHERE status = 'Published';
