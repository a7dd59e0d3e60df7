-- The claim index: one row per claim of a clinic, kept by the claim's grain after every change, so claim lists
-- are one indexed query instead of a call to every claim grain. The grain state stays the record; this is a view.
CREATE TABLE IF NOT EXISTS claim_index (
  tenant        TEXT NOT NULL,
  claim_id      TEXT NOT NULL,
  status        TEXT NOT NULL,
  payer_id      TEXT NOT NULL,
  patient_id    TEXT NULL,
  service_from  TEXT NULL,
  updated_at    TEXT NOT NULL,
  summary       TEXT NOT NULL,
  PRIMARY KEY (tenant, claim_id)
);

CREATE INDEX IF NOT EXISTS ix_claim_index_service ON claim_index (tenant, service_from DESC, claim_id);
CREATE INDEX IF NOT EXISTS ix_claim_index_status ON claim_index (tenant, status, service_from DESC);
CREATE INDEX IF NOT EXISTS ix_claim_index_payer ON claim_index (tenant, payer_id, service_from DESC);
CREATE INDEX IF NOT EXISTS ix_claim_index_patient ON claim_index (tenant, patient_id, service_from DESC);

-- Denials and reducing adjustments of the remittances that still count, replaced as a whole for a claim on every change.
CREATE TABLE IF NOT EXISTS claim_denials (
  tenant        TEXT NOT NULL,
  denial_id     TEXT NOT NULL,
  claim_id      TEXT NOT NULL,
  payer_id      TEXT NOT NULL,
  reason        TEXT NOT NULL,
  payment_date  TEXT NULL,
  amount_cents  INTEGER NOT NULL,
  denial        TEXT NOT NULL,
  PRIMARY KEY (tenant, denial_id)
);

CREATE INDEX IF NOT EXISTS ix_claim_denials_claim ON claim_denials (tenant, claim_id);
CREATE INDEX IF NOT EXISTS ix_claim_denials_amount ON claim_denials (tenant, amount_cents DESC, denial_id);
