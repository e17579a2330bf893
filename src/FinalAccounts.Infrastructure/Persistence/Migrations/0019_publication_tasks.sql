-- 0019 what follows a publication or a withdrawal is done even when the portal stops after the commit
-- (issue 18). The database queues it in the transaction that changes the status, so no change of what
-- the public sees can commit without its task: store the PDF, index the version for search, store its
-- findings and evict cached pages (after a publication); re-point search at the year's previous version
-- and evict (after a withdrawal). The request that made the change runs the task right after its
-- commit; every node's worker runs tasks that are due, so a task left by a node that stopped, or that
-- failed, is retried until done. A task being run is leased (due_at moved ahead), not locked, so a node
-- that stops mid-task only delays it until the lease ends.

CREATE TABLE publication_tasks (
    version_id bigint NOT NULL,
    kind character varying(16) NOT NULL,
    queued_at timestamp with time zone NOT NULL DEFAULT now(),
    due_at timestamp with time zone NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0,
    last_error character varying(2000),
    CONSTRAINT pk_publication_tasks PRIMARY KEY (version_id, kind),
    CONSTRAINT fk_publication_tasks_disclosure_versions_version_id FOREIGN KEY (version_id) REFERENCES disclosure_versions (id) ON DELETE CASCADE
);

CREATE INDEX ix_publication_tasks_due_at ON publication_tasks (due_at);

CREATE FUNCTION queue_publication_task() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO publication_tasks (version_id, kind)
    VALUES (NEW.id, CASE WHEN NEW.status = 'Published' THEN 'Published' ELSE 'Withdrawn' END)
    ON CONFLICT (version_id, kind) DO UPDATE SET queued_at = now(), due_at = now(), attempts = 0, last_error = NULL;
    RETURN NULL;
END
$$;

CREATE TRIGGER status_change_queues_its_task AFTER UPDATE OF status ON disclosure_versions
    FOR EACH ROW WHEN ((OLD.status = 'Published') IS DISTINCT FROM (NEW.status = 'Published'))
    EXECUTE FUNCTION queue_publication_task();
