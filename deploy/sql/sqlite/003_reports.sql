-- Finalized reports: the legal record. Rows are never updated; a correction is a new version
-- that names the version it replaces in previous_version.
CREATE TABLE IF NOT EXISTS reports (
  tenant            TEXT    NOT NULL,
  report_id         TEXT    NOT NULL,
  version           INTEGER NOT NULL,
  previous_version  INTEGER NULL,
  patient_id        TEXT    NOT NULL,
  doctor_id         TEXT    NOT NULL,
  draft_id          TEXT    NOT NULL,
  finalized_at      TEXT    NOT NULL,
  content_json      TEXT    NOT NULL,
  pdf               BLOB    NOT NULL,
  pdf_sha256        TEXT    NOT NULL,
  PRIMARY KEY (tenant, report_id, version)
);

CREATE INDEX IF NOT EXISTS ix_reports_tenant_patient ON reports (tenant, patient_id);
CREATE INDEX IF NOT EXISTS ix_reports_tenant_draft ON reports (tenant, draft_id, version);

-- The record must not be rewritten, not even by a bug or a hand-typed statement; a retention purge
-- is an ops task that drops these triggers on purpose.
CREATE TRIGGER IF NOT EXISTS reports_no_update BEFORE UPDATE ON reports
BEGIN
  SELECT RAISE(ABORT, 'reports is append-only');
END;

CREATE TRIGGER IF NOT EXISTS reports_no_delete BEFORE DELETE ON reports
BEGIN
  SELECT RAISE(ABORT, 'reports is append-only');
END;

-- 004 and later are reserved: membership, reminders, stream events.
