-- 0015 stored findings: the validator's findings of each published version, kept so that findings
-- across thousands of disclosures (issue 17) are one query instead of thousands of analyses. They are
-- written when a version is published and, for a version without them or checked under another
-- rulebook, by the portal's background check (ADR 0018). Unlike the content they are derived and not
-- frozen: a new rulebook re-checks a published version, whose content stays what it was.

CREATE TABLE findings_checks (
    disclosure_version_id bigint NOT NULL,
    rulebook character varying(32) NOT NULL,
    checked_at timestamp with time zone NOT NULL,
    errors integer NOT NULL,
    warnings integer NOT NULL,
    notes integer NOT NULL,
    CONSTRAINT pk_findings_checks PRIMARY KEY (disclosure_version_id),
    CONSTRAINT fk_findings_checks_disclosure_versions_disclosure_version_id FOREIGN KEY (disclosure_version_id)
        REFERENCES disclosure_versions (id) ON DELETE CASCADE
);

CREATE TABLE version_findings (
    disclosure_version_id bigint NOT NULL,
    sequence integer NOT NULL,
    rule_id character varying(64) NOT NULL,
    severity character varying(16) NOT NULL,
    location character varying(2000) NOT NULL,
    expected character varying(64),
    found character varying(64),
    message character varying(4000) NOT NULL,
    CONSTRAINT pk_version_findings PRIMARY KEY (disclosure_version_id, sequence),
    CONSTRAINT fk_version_findings_findings_checks_disclosure_version_id FOREIGN KEY (disclosure_version_id)
        REFERENCES findings_checks (disclosure_version_id) ON DELETE CASCADE
);

CREATE INDEX ix_version_findings_rule_id_severity ON version_findings (rule_id, severity);
