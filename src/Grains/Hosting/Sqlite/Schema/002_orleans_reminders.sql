-- Orleans reminders for Mesh local mode: one row per (service, grain, reminder name).
-- grain_hash is GrainId.GetUniformHashCode() (0 .. 2^32-1): the reminder service reads the rows of its ring range by it.
-- start_at is the first due time as fixed-width UTC ISO-8601 text with 100 ns digits (exact round trip);
-- period_ticks is the period in 100 ns ticks. etag is a fresh random value on every upsert, so a delete that names an
-- old ETag never removes a reminder registered again after it.
CREATE TABLE IF NOT EXISTS orleans_reminders (
  service_id     TEXT    NOT NULL,
  grain_id       TEXT    NOT NULL,
  reminder_name  TEXT    NOT NULL,
  grain_hash     INTEGER NOT NULL,
  start_at       TEXT    NOT NULL,
  period_ticks   INTEGER NOT NULL,
  etag           TEXT    NOT NULL,
  PRIMARY KEY (service_id, grain_id, reminder_name)
);
CREATE INDEX IF NOT EXISTS ix_orleans_reminders_hash ON orleans_reminders (service_id, grain_hash);
