-- 0008 regions and departments are administered on the portal: both can be retired (never deleted),
-- a department has a kind (its peer group for comparisons), and a published version keeps the
-- department's names it was published under, so a later rename does not rewrite what was published.
-- A year's catalog records which of last year's codes moved where.

ALTER TABLE regions ADD retired_on date;

ALTER TABLE departments ADD retired_on date;
ALTER TABLE departments ADD kind character varying(16);
-- The departments this portal was seeded with are all 司法行政; anything else is sorted by hand.
UPDATE departments SET kind = CASE WHEN name LIKE '%司法局' THEN '司法行政' ELSE '其他' END;
ALTER TABLE departments ALTER COLUMN kind SET NOT NULL;

ALTER TABLE disclosure_versions ADD department_name character varying(128);
ALTER TABLE disclosure_versions ADD department_short_name character varying(64);
-- Versions already published were published under the names the departments have today. Filling
-- them in is the one change a frozen version takes; the trigger is off only inside this migration.
ALTER TABLE disclosure_versions DISABLE TRIGGER frozen_version;
UPDATE disclosure_versions v
SET department_name = d.name, department_short_name = d.short_name
FROM disclosures s JOIN departments d ON d.id = s.department_id
WHERE s.id = v.disclosure_id AND v.status IN ('Published', 'Withdrawn');
ALTER TABLE disclosure_versions ENABLE TRIGGER frozen_version;

CREATE TABLE catalog_code_moves (
    year integer NOT NULL,
    catalog character varying(16) NOT NULL,
    old_code character varying(7) NOT NULL,
    new_code character varying(7) NOT NULL,
    CONSTRAINT pk_catalog_code_moves PRIMARY KEY (year, catalog, old_code)
);
