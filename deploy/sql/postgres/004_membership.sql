-- Cluster membership: one row per silo incarnation (address host:port@generation).
-- membership_version is the table version: every status change or vote bumps it in the same transaction,
-- naming the version the writer read, so two silos acting on the same view cannot both win.
-- Heartbeats update their row only and leave the version alone.
CREATE TABLE IF NOT EXISTS membership_version (
  cluster_id  TEXT   PRIMARY KEY,
  version     BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS membership (
  cluster_id    TEXT        NOT NULL,
  silo          TEXT        NOT NULL,
  status        INTEGER     NOT NULL,
  start_time    TIMESTAMPTZ NOT NULL,
  heartbeat     TIMESTAMPTZ NOT NULL,
  gateway_port  INTEGER     NOT NULL,
  suspicions    TEXT        NOT NULL,
  PRIMARY KEY (cluster_id, silo)
);
