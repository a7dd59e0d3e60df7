-- Orleans grain state (Microsoft.Orleans.Persistence.AdoNet).
--
-- The provider identifies a state by: ServiceId; GrainTypeString (the state name given to [PersistentState]); the grain
-- key split into GrainIdN0/GrainIdN1 (a Guid's two halves, or 0 and an integer key) and GrainIdExtensionString (the
-- key extension, or the whole key of a string-keyed grain; NULL when there is none); plus two Orleans-computed 32-bit
-- hashes of the type and the key. The hashes lead the unique index so a lookup narrows on integers first.
-- version is the ETag: NULL ETag means "no row yet"; payload NULL means cleared (the row stays to keep its version).
CREATE TABLE IF NOT EXISTS orleans_grain_state (
  service_id          TEXT        NOT NULL,
  grain_type_hash     INTEGER     NOT NULL,
  grain_type          TEXT        NOT NULL,
  grain_id_hash       INTEGER     NOT NULL,
  grain_id_n0         BIGINT      NOT NULL,
  grain_id_n1         BIGINT      NOT NULL,
  grain_id_extension  TEXT        NULL,
  payload             BYTEA       NULL,
  version             INTEGER     NOT NULL,
  modified_at         TIMESTAMPTZ NOT NULL
);

-- The key (no primary key: grain_id_extension may be NULL). NULLS NOT DISTINCT (PostgreSQL 15+) makes two rows without
-- an extension collide, which the insert below relies on to stop a second first-writer.
CREATE UNIQUE INDEX IF NOT EXISTS orleans_grain_state_key
  ON orleans_grain_state (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, grain_id_extension)
  NULLS NOT DISTINCT;

-- Writes a state only over the version the grain read, and returns the new version, or NULL when the grain's ETag is
-- stale (the provider then throws InconsistentStateException and nothing was changed).
-- Concurrent writers: two first writes (ETag NULL) meet on the unique index, the second waits and then inserts nothing;
-- two updates from the same version meet on the row lock, and the second re-checks version after the first commits and
-- updates nothing.
CREATE OR REPLACE FUNCTION orleans_grain_state_write(
  p_service_id text, p_grain_type_hash integer, p_grain_type text, p_grain_id_hash integer,
  p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_id_extension text, p_expected_version integer, p_payload bytea)
RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  new_version integer;
BEGIN
  IF p_expected_version IS NULL THEN
    INSERT INTO orleans_grain_state (service_id, grain_type_hash, grain_type, grain_id_hash, grain_id_n0, grain_id_n1,
                                     grain_id_extension, payload, version, modified_at)
    VALUES (p_service_id, p_grain_type_hash, p_grain_type, p_grain_id_hash, p_grain_id_n0, p_grain_id_n1,
            p_grain_id_extension, p_payload, 1, now())
    ON CONFLICT (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, grain_id_extension)
    DO NOTHING
    RETURNING version INTO new_version;
  ELSE
    UPDATE orleans_grain_state
       SET payload = p_payload, version = version + 1, modified_at = now()
     WHERE grain_id_hash = p_grain_id_hash AND grain_type_hash = p_grain_type_hash AND service_id = p_service_id
       AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1 AND grain_type = p_grain_type
       AND grain_id_extension IS NOT DISTINCT FROM p_grain_id_extension
       AND version = p_expected_version
    RETURNING version INTO new_version;
  END IF;
  RETURN new_version;
END
$fn$;

-- Result columns are quoted: the provider reads them by these exact names (Clear/Delete read the first column).
INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $q$/* ReadFromStorageKey */
SELECT payload AS "PayloadBinary", version AS "Version"
  FROM orleans_grain_state
 WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash AND service_id = @ServiceId
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
   AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
$q$),
('WriteToStorageKey', $q$/* WriteToStorageKey */
SELECT orleans_grain_state_write(@ServiceId, @GrainTypeHash, @GrainTypeString, @GrainIdHash, @GrainIdN0, @GrainIdN1,
                                 @GrainIdExtensionString, @GrainStateVersion, @PayloadBinary) AS "NewGrainStateVersion"
$q$),
-- ClearStateAsync with DeleteStateOnClear = false: keep the row, drop the payload, bump the version.
('ClearStorageKey', $q$/* ClearStorageKey */
UPDATE orleans_grain_state
   SET payload = NULL, version = version + 1, modified_at = now()
 WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash AND service_id = @ServiceId
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
   AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
   AND version = @GrainStateVersion
RETURNING version AS "NewGrainStateVersion"
$q$),
-- ClearStateAsync with DeleteStateOnClear = true: the provider expects the deleted version + 1 back (any value other
-- than the ETag it sent means success) and then forgets the ETag, so the next write inserts afresh.
('DeleteStorageKey', $q$/* DeleteStorageKey */
DELETE FROM orleans_grain_state
 WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash AND service_id = @ServiceId
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1 AND grain_type = @GrainTypeString
   AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
   AND version = @GrainStateVersion
RETURNING version + 1 AS "NewGrainStateVersion"
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
