-- 0002 published versions are frozen in the database as well as in the domain: once a version is
-- published (or withdrawn), no row of its content may be inserted, changed or deleted, and the
-- version itself may only go from published to withdrawn (with a reason). Corrections are new
-- versions. This holds whatever code, script or console session touches the tables.

CREATE FUNCTION version_is_frozen(version_id bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM disclosure_versions WHERE id = version_id AND status IN ('Published', 'Withdrawn'))
$$;

-- TG_ARGV[0] says how the row reaches its version: 'version' (disclosure_version_id),
-- 'evaluation' (evaluation_id) or 'goal' (goal_id).
CREATE FUNCTION refuse_change_to_frozen_content() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    affected jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    version_id bigint;
BEGIN
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
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE FUNCTION refuse_change_to_frozen_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN ('Published', 'Withdrawn') THEN
        IF TG_OP = 'UPDATE' AND OLD.status = 'Published' AND NEW.status = 'Withdrawn'
           AND NEW.withdrawal_reason IS NOT NULL
           AND to_jsonb(NEW) - 'status' - 'withdrawal_reason' = to_jsonb(OLD) - 'status' - 'withdrawal_reason' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION '已公开的决算版本不能修改或删除（版本 %）', OLD.id
            USING ERRCODE = 'check_violation', HINT = '更正请新建版本；撤回须说明理由。';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER frozen_version BEFORE UPDATE OR DELETE ON disclosure_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_frozen_version();

DO $$
DECLARE
    content_table text;
BEGIN
    FOREACH content_table IN ARRAY ARRAY[
        'version_profiles', 'profile_duties',
        'table01_summaries', 'table01_expenditure_lines', 'table02_income_rows', 'table03_expenditure_rows',
        'table04_summaries', 'table04_expenditure_lines', 'table05_general_budget_rows',
        'table06_basic_expenditure_rows', 'table06_totals', 'table07_government_fund_rows',
        'table08_state_capital_rows', 'table09_three_public_costs', 'empty_table_statements',
        'three_public_details', 'operating_costs', 'procurements', 'asset_holdings',
        'explanation_texts', 'narrative_figures', 'project_summaries', 'key_work_items', 'glossary_entries',
        'performance_evaluations']
    LOOP
        EXECUTE format('CREATE TRIGGER frozen_content BEFORE INSERT OR UPDATE OR DELETE ON %I
                        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_frozen_content(%L)', content_table, 'version');
    END LOOP;
END
$$;

CREATE TRIGGER frozen_content BEFORE INSERT OR UPDATE OR DELETE ON performance_goals
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_frozen_content('evaluation');
CREATE TRIGGER frozen_content BEFORE INSERT OR UPDATE OR DELETE ON performance_indicators
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_frozen_content('goal');
