-- Audio of live encounters, one row per client chunk. The primary key stores a chunk once however often it is
-- delivered (a client resending after a reconnect, a stream redelivering after a silo failure).
CREATE TABLE IF NOT EXISTS encounter_audio (
  conversation_key  TEXT        NOT NULL,
  chunk_seq         BIGINT      NOT NULL,
  data              BYTEA       NOT NULL,
  stored_at         TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (conversation_key, chunk_seq)
);
