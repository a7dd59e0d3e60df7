-- Persisted grain state: one row per (grain type, grain id, state name).
-- version is the ETag: writers update only the version they read, so a stale write changes nothing.
CREATE TABLE IF NOT EXISTS grain_state (
  grain_type  TEXT        NOT NULL,
  grain_id    TEXT        NOT NULL,
  state_name  TEXT        NOT NULL,
  version     BIGINT      NOT NULL,
  payload     BYTEA       NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (grain_type, grain_id, state_name)
);
