-- Persisted grain state: one row per (grain type, grain id, state name).
-- version is the ETag: writers update only the version they read, so a stale write changes nothing.
-- Timestamps are UTC ISO-8601 text with a fixed width, so they sort as they compare.
CREATE TABLE IF NOT EXISTS grain_state (
  grain_type  TEXT    NOT NULL,
  grain_id    TEXT    NOT NULL,
  state_name  TEXT    NOT NULL,
  version     INTEGER NOT NULL,
  payload     BLOB    NOT NULL,
  updated_at  TEXT    NOT NULL,
  PRIMARY KEY (grain_type, grain_id, state_name)
);
