-- 0006 a row of a published version cannot be moved out of it either. 0002 checked only the row as
-- it would be after a change, so "UPDATE key_work_items SET disclosure_version_id = <a draft>" took
-- rows out of a published version. Now an update is checked against the version the row belonged to
-- and the one it would belong to; and a published disclosure keeps its year and department, and a
-- department with published disclosures keeps its code, so a published address never changes.

CREATE OR REPLACE FUNCTION refuse_change_to_frozen_content() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    affected jsonb;
    version_id bigint;
BEGIN
    FOREACH affected IN ARRAY CASE TG_OP
        WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)]
        WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]
        ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END
    LOOP
        version_id := CASE TG_ARGV[0]
            WHEN 'version' THEN (affected ->> 'disclosure_version_id')::bigint
            WHEN 'evaluation' THEN (SELECT e.disclosure_version_id FROM performance_evaluations e
                                    WHERE e.id = (affected ->> 'evaluation_id')::bigint)
            WHEN 'goal' THEN (SELECT e.disclosure_version_id FROM performance_goals g
                              JOIN performance_evaluations e ON e.id = g.evaluation_id
                              WHERE g.id = (affected ->> 'goal_id')::bigint)
        END;
        IF version_is_frozen(version_id) THEN
            RAISE EXCEPTION '已公开的决算版本不能修改（版本 %，表 %）', version_id, TG_TABLE_NAME
                USING ERRCODE = 'check_violation', HINT = '更正请新建版本。';
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE FUNCTION disclosure_has_frozen_version(disclosure integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM disclosure_versions WHERE disclosure_id = disclosure AND status IN ('Published', 'Withdrawn'))
$$;

CREATE FUNCTION refuse_move_of_published_disclosure() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.year IS DISTINCT FROM OLD.year OR NEW.department_id IS DISTINCT FROM OLD.department_id)
       AND disclosure_has_frozen_version(OLD.id) THEN
        RAISE EXCEPTION '已公开的决算不能改变年度或所属部门（决算 %）', OLD.id
            USING ERRCODE = 'check_violation', HINT = '已公开的地址须保持不变。';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER published_disclosure_stays_put BEFORE UPDATE ON disclosures
    FOR EACH ROW EXECUTE FUNCTION refuse_move_of_published_disclosure();

CREATE FUNCTION refuse_recode_of_publishing_department() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.code IS DISTINCT FROM OLD.code
       AND EXISTS (SELECT 1 FROM disclosures d WHERE d.department_id = OLD.id AND disclosure_has_frozen_version(d.id)) THEN
        RAISE EXCEPTION '已公开决算的部门不能修改部门编码（%）', OLD.code
            USING ERRCODE = 'check_violation', HINT = '部门编码是公开地址的一部分；改名请修改名称。';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER publishing_department_keeps_code BEFORE UPDATE ON departments
    FOR EACH ROW EXECUTE FUNCTION refuse_recode_of_publishing_department();
