-- Finalized reports: the legal record. Rows are never updated; a correction is a new version
-- that names the version it replaces in previous_version.
CREATE TABLE IF NOT EXISTS reports (
  tenant            TEXT        NOT NULL,
  report_id         TEXT        NOT NULL,
  version           INTEGER     NOT NULL,
  previous_version  INTEGER     NULL,
  patient_id        TEXT        NOT NULL,
  doctor_id         TEXT        NOT NULL,
  draft_id          TEXT        NOT NULL,
  finalized_at      TIMESTAMPTZ NOT NULL,
  content_json      TEXT        NOT NULL,
  pdf               BYTEA       NOT NULL,
  pdf_sha256        TEXT        NOT NULL,
  PRIMARY KEY (tenant, report_id, version)
);

CREATE INDEX IF NOT EXISTS ix_reports_tenant_patient ON reports (tenant, patient_id);
CREATE INDEX IF NOT EXISTS ix_reports_tenant_draft ON reports (tenant, draft_id, version);

-- Same guard as audit_log (mesh_reject_change comes from 002).
CREATE OR REPLACE TRIGGER reports_append_only BEFORE UPDATE OR DELETE ON reports
  FOR EACH ROW EXECUTE FUNCTION mesh_reject_change();

-- 004 and later are reserved: membership, reminders, stream events.
