-- Orleans durable reminders (Microsoft.Orleans.Reminders.AdoNet).
--
-- grain_id is GrainId.ToString() (e.g. "reminder/abc"), parsed back by the provider. grain_hash is the grain's uniform
-- hash cast to a signed int: each silo reads the reminders whose hash falls in its ring range, compared as signed
-- integers (ReadRangeRows1Key for a range that does not wrap past int.MaxValue, ReadRangeRows2Key for one that does).
-- period_ms is BIGINT because the provider reads it with GetInt64 (it binds an int or a long, whichever fits).
-- version is the ETag, returned by the upsert and checked by the delete.
CREATE TABLE IF NOT EXISTS orleans_reminders (
  service_id     TEXT        NOT NULL,
  grain_id       TEXT        NOT NULL,
  reminder_name  TEXT        NOT NULL,
  start_time     TIMESTAMPTZ NOT NULL,
  period_ms      BIGINT      NOT NULL,
  grain_hash     INTEGER     NOT NULL,
  version        INTEGER     NOT NULL,
  PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS orleans_reminders_by_hash ON orleans_reminders (service_id, grain_hash);

-- Result columns are quoted: the provider reads them by these exact names.
INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadReminderRowsKey', $q$/* ReadReminderRowsKey */
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
  FROM orleans_reminders
 WHERE service_id = @ServiceId AND grain_id = @GrainId
$q$),
('ReadReminderRowKey', $q$/* ReadReminderRowKey */
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
  FROM orleans_reminders
 WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
$q$),
('ReadRangeRows1Key', $q$/* ReadRangeRows1Key */
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
  FROM orleans_reminders
 WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash
$q$),
('ReadRangeRows2Key', $q$/* ReadRangeRows2Key */
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
  FROM orleans_reminders
 WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$q$),
-- Registering again replaces the schedule; the version moves on either way so an old ETag can no longer delete it.
('UpsertReminderRowKey', $q$/* UpsertReminderRowKey */
INSERT INTO orleans_reminders AS r (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
   SET start_time = EXCLUDED.start_time, period_ms = EXCLUDED.period_ms, grain_hash = EXCLUDED.grain_hash,
       version = r.version + 1
RETURNING version AS "Version"
$q$),
-- Must return exactly one row with one boolean: whether the reminder with that ETag was removed.
('DeleteReminderRowKey', $q$/* DeleteReminderRowKey */
WITH deleted AS (
  DELETE FROM orleans_reminders
   WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName AND version = @Version
  RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM deleted) AS "Deleted"
$q$),
('DeleteReminderRowsKey', $q$/* DeleteReminderRowsKey */
DELETE FROM orleans_reminders WHERE service_id = @ServiceId
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
