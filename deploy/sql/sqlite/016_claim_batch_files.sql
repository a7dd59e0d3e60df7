-- The X12 files of background claim imports, kept until the batch is done so a batch resumed on another silo
-- reads the same file again.
CREATE TABLE IF NOT EXISTS claim_batch_files (
  tenant      TEXT NOT NULL,
  batch_id    TEXT NOT NULL,
  content     TEXT NOT NULL,
  stored_at   TEXT NOT NULL,
  PRIMARY KEY (tenant, batch_id)
);
