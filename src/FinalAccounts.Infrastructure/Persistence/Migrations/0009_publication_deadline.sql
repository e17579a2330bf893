-- 0009 a year's final accounts must be public within 20 days of the finance bureau's approval (批复).
-- Staff record the approval date on the disclosure; once a version of the year has been published,
-- the date is part of the public record and keeps its value, as the year and department do.

ALTER TABLE disclosures ADD approved_on date;

CREATE OR REPLACE FUNCTION refuse_move_of_published_disclosure() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.year IS DISTINCT FROM OLD.year OR NEW.department_id IS DISTINCT FROM OLD.department_id
        OR NEW.approved_on IS DISTINCT FROM OLD.approved_on)
       AND disclosure_has_frozen_version(OLD.id) THEN
        RAISE EXCEPTION '已公开的决算不能改变年度、所属部门或批复日期（决算 %）', OLD.id
            USING ERRCODE = 'check_violation', HINT = '已公开的地址和公开记录须保持不变。';
    END IF;
    RETURN NEW;
END
$$;
