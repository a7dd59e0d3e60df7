-- Orleans grain state for Mesh local mode: one row per (state name, grain id).
-- state_name is the name Orleans passes to IGrainStorage (the [PersistentState] name, or the grain class for Grain<T>);
-- grain_id is GrainId.ToString() ("type/key"), so two grain types never share a row.
-- version is the ETag: every write and clear names the version it read, and a stale version changes nothing.
-- payload NULL is a cleared state (DeleteStateOnClear = false): the row keeps its version so stale writers still fail.
-- updated_at is fixed-width UTC ISO-8601 text, for people reading the file.
CREATE TABLE IF NOT EXISTS orleans_grain_state (
  state_name  TEXT    NOT NULL,
  grain_id    TEXT    NOT NULL,
  version     INTEGER NOT NULL,
  payload     BLOB    NULL,
  updated_at  TEXT    NOT NULL,
  PRIMARY KEY (state_name, grain_id)
);
