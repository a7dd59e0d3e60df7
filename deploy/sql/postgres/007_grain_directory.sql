-- Which silo hosts each grain. The primary key makes registration atomic: of concurrent inserts for one grain
-- exactly one succeeds. An entry whose silo is Dead in membership is void and is replaced by a conditional update
-- that names the dead silo, so two replacers cannot both win either.
CREATE TABLE IF NOT EXISTS grain_directory (
  cluster_id     TEXT        NOT NULL,
  grain_type     TEXT        NOT NULL,
  grain_id       TEXT        NOT NULL,
  silo           TEXT        NOT NULL,
  registered_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (cluster_id, grain_type, grain_id)
);

CREATE INDEX IF NOT EXISTS grain_directory_by_silo ON grain_directory (cluster_id, silo);
