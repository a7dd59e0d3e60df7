-- Durable streams. Each stream is owned by one queue grain, which numbers its events 1, 2, 3, ... and writes them
-- here before the producer is answered; the primary key makes a second writer of the same stream fail instead of
-- interleaving. Retention deletes old rows but always keeps a stream's newest event, so numbering never restarts.
-- Timestamps are UTC ISO-8601 text with a fixed width, so they sort as they compare.
CREATE TABLE IF NOT EXISTS stream_events (
  provider    TEXT    NOT NULL,
  namespace   TEXT    NOT NULL,
  stream_key  TEXT    NOT NULL,
  sequence    INTEGER NOT NULL,
  payload     BLOB    NOT NULL,
  created_at  TEXT    NOT NULL,
  PRIMARY KEY (provider, namespace, stream_key, sequence)
) WITHOUT ROWID;

-- One row per subscription: who receives the stream and the last sequence it acknowledged. Delivery resumes after
-- acked_sequence, so after a crash a subscriber may see an event again (with a token it has seen), never a gap.
-- kind is Grain, Handler, Implicit or Observer (a cluster client); target is the grain id, grain type or observer id;
-- element_type decodes deliveries.
CREATE TABLE IF NOT EXISTS stream_subscriptions (
  provider        TEXT    NOT NULL,
  namespace       TEXT    NOT NULL,
  stream_key      TEXT    NOT NULL,
  subscription_id TEXT    NOT NULL,
  kind            TEXT    NOT NULL,
  target          TEXT    NOT NULL,
  element_type    TEXT    NOT NULL,
  acked_sequence  INTEGER NOT NULL,
  created_at      TEXT    NOT NULL,
  PRIMARY KEY (provider, namespace, stream_key, subscription_id)
);

-- Events a subscriber failed on every attempt; the stream went on without them. Ops read, replay or delete them.
CREATE TABLE IF NOT EXISTS parked_stream_events (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  provider        TEXT    NOT NULL,
  namespace       TEXT    NOT NULL,
  stream_key      TEXT    NOT NULL,
  sequence        INTEGER NOT NULL,
  subscription_id TEXT    NOT NULL,
  subscriber      TEXT    NOT NULL,
  payload         BLOB    NOT NULL,
  error           TEXT    NOT NULL,
  attempts        INTEGER NOT NULL,
  parked_at       TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_parked_stream_events_stream ON parked_stream_events (provider, namespace, stream_key, sequence);
