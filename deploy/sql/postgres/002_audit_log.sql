-- Append-only record of who read or changed which patient data.
-- The application never updates or deletes rows here; id keeps the order stable within one timestamp.
CREATE TABLE IF NOT EXISTS audit_log (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at     TIMESTAMPTZ NOT NULL,
  tenant          TEXT        NOT NULL,
  user_id         TEXT        NOT NULL,
  action          TEXT        NOT NULL,
  resource_type   TEXT        NOT NULL,
  resource_id     TEXT        NULL,
  outcome         TEXT        NOT NULL,
  client_address  TEXT        NULL,
  correlation_id  TEXT        NULL
);

-- Every query is per tenant and newest first; the narrower indexes serve "who touched this patient"
-- and "what did this user do" reviews.
CREATE INDEX IF NOT EXISTS ix_audit_log_tenant_time ON audit_log (tenant, occurred_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS ix_audit_log_tenant_resource ON audit_log (tenant, resource_type, resource_id, occurred_at DESC);
CREATE INDEX IF NOT EXISTS ix_audit_log_tenant_user ON audit_log (tenant, user_id, occurred_at DESC);

-- The record must not be rewritten, not even by a bug or a hand-typed statement; a retention purge
-- is an ops task that drops this trigger on purpose.
CREATE OR REPLACE FUNCTION mesh_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;

CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION mesh_reject_change();
