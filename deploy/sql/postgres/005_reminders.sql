-- Durable reminders: one row per (grain, reminder name). Which silo fires a reminder is not stored: it follows from
-- a hash of the grain id over the active silos, so when a silo dies its reminders are picked up by the others.
-- first_due is the first due time; the reminder then fires every period_ms.
CREATE TABLE IF NOT EXISTS reminders (
  cluster_id   TEXT        NOT NULL,
  grain_type   TEXT        NOT NULL,
  grain_id     TEXT        NOT NULL,
  name         TEXT        NOT NULL,
  first_due    TIMESTAMPTZ NOT NULL,
  period_ms    BIGINT      NOT NULL,
  PRIMARY KEY (cluster_id, grain_type, grain_id, name)
);
