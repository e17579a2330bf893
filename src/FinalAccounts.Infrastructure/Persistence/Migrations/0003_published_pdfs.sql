-- 0003 the PDF of a published version, rendered when it is published and stored with it; downloads
-- serve these bytes (see docs/decisions/0007). A stored PDF is written once: it may only be stored
-- for a published version, and never changed or deleted afterwards (a withdrawn version keeps it).

CREATE TABLE published_pdfs (
    version_id bigint NOT NULL,
    content bytea NOT NULL,
    sha256 character varying(64) NOT NULL,
    page_count integer NOT NULL,
    rendered_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_published_pdfs PRIMARY KEY (version_id),
    CONSTRAINT fk_published_pdfs_disclosure_versions_version_id FOREIGN KEY (version_id) REFERENCES disclosure_versions (id) ON DELETE CASCADE
);

CREATE FUNCTION refuse_change_to_published_pdf() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM disclosure_versions WHERE id = NEW.version_id AND status = 'Published') THEN
            RAISE EXCEPTION '只能为已公开的版本保存 PDF（版本 %）', NEW.version_id
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '已公开版本的 PDF 不能修改或删除（版本 %）', OLD.version_id
        USING ERRCODE = 'check_violation', HINT = '更正请新建版本。';
END
$$;

CREATE TRIGGER published_pdf_written_once BEFORE INSERT OR UPDATE OR DELETE ON published_pdfs
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_published_pdf();
