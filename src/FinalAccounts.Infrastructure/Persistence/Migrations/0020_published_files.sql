-- 0020 what readers get of a published version, rendered once and kept with it (issue 18, ADR 0022):
-- the body of its page in each interface language, its open-data JSON and its table downloads. Pages,
-- the API and downloads serve these bytes instead of analysing the version again, and a versioned URL
-- gives the same bytes for good, even after last year's disclosure is corrected. Like a stored PDF
-- (0003), a stored file is written once, only for a published version, and never changed or deleted.
-- The text forms compress about tenfold: lz4, which the search rows use too (0018), decompresses
-- faster than the default.

CREATE TABLE published_files (
    version_id bigint NOT NULL,
    name character varying(32) NOT NULL,
    content bytea COMPRESSION lz4 NOT NULL,
    sha256 character varying(64) NOT NULL,
    stored_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_published_files PRIMARY KEY (version_id, name),
    CONSTRAINT fk_published_files_disclosure_versions_version_id FOREIGN KEY (version_id) REFERENCES disclosure_versions (id) ON DELETE CASCADE
);

CREATE FUNCTION refuse_change_to_published_file() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM disclosure_versions WHERE id = NEW.version_id AND status = 'Published') THEN
            RAISE EXCEPTION '只能为已公开的版本保存文件（版本 %，%）', NEW.version_id, NEW.name
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '已公开版本的文件不能修改或删除（版本 %，%）', OLD.version_id, OLD.name
        USING ERRCODE = 'check_violation', HINT = '更正请新建版本。';
END
$$;

CREATE TRIGGER published_file_written_once BEFORE INSERT OR UPDATE OR DELETE ON published_files
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_published_file();
