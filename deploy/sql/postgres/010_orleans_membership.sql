-- Orleans cluster membership (Microsoft.Orleans.Clustering.AdoNet).
--
-- Orleans' @DeploymentId is the ClusterId. orleans_membership_version holds one row per cluster whose version is the
-- table's ETag: every membership change (insert or update of a silo row) must name the version it read and bumps it,
-- so of two silos acting on the same view only one wins. Heartbeats (UpdateIAmAlivetimeKey) leave it alone.
CREATE TABLE IF NOT EXISTS orleans_membership_version (
  deployment_id  TEXT        PRIMARY KEY,
  version        INTEGER     NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL
);

-- One row per silo incarnation (address, port, generation). Times are TIMESTAMPTZ because the provider binds DateTime
-- parameters as DbType.DateTime with Kind=Utc, which Npgsql sends as timestamptz. Integers are read with GetInt32:
-- keep them INTEGER. suspect_times is Orleans' own "silo,time|silo,time" text of death votes.
CREATE TABLE IF NOT EXISTS orleans_membership (
  deployment_id    TEXT        NOT NULL,
  address          TEXT        NOT NULL,
  port             INTEGER     NOT NULL,
  generation       INTEGER     NOT NULL,
  silo_name        TEXT        NOT NULL,
  host_name        TEXT        NOT NULL,
  status           INTEGER     NOT NULL,
  proxy_port       INTEGER     NOT NULL,
  suspect_times    TEXT        NULL,
  start_time       TIMESTAMPTZ NOT NULL,
  i_am_alive_time  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (deployment_id, address, port, generation)
);

-- Adds a silo row if the caller's table version is still current and the silo is not there yet; bumps the version
-- only when the row went in. The version row is locked first, so concurrent writers queue on it; a writer whose
-- version went stale while it waited finds no matching row and changes nothing.
CREATE OR REPLACE FUNCTION orleans_membership_insert(
  p_deployment_id text, p_address text, p_port integer, p_generation integer, p_silo_name text, p_host_name text,
  p_status integer, p_proxy_port integer, p_start_time timestamptz, p_i_am_alive_time timestamptz, p_version integer)
RETURNS boolean LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM 1 FROM orleans_membership_version
   WHERE deployment_id = p_deployment_id AND version = p_version
     FOR UPDATE;
  IF NOT FOUND THEN
    RETURN false;
  END IF;

  INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port,
                                  suspect_times, start_time, i_am_alive_time)
  VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status, p_proxy_port,
          NULL, p_start_time, p_i_am_alive_time)
  ON CONFLICT (deployment_id, address, port, generation) DO NOTHING;
  IF NOT FOUND THEN
    RETURN false;
  END IF;

  UPDATE orleans_membership_version SET version = version + 1, updated_at = now()
   WHERE deployment_id = p_deployment_id;
  RETURN true;
END
$fn$;

-- Changes a silo's status, death votes and heartbeat under the same table-version check as the insert.
CREATE OR REPLACE FUNCTION orleans_membership_update(
  p_deployment_id text, p_address text, p_port integer, p_generation integer, p_status integer,
  p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer)
RETURNS boolean LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM 1 FROM orleans_membership_version
   WHERE deployment_id = p_deployment_id AND version = p_version
     FOR UPDATE;
  IF NOT FOUND THEN
    RETURN false;
  END IF;

  UPDATE orleans_membership
     SET status = p_status, suspect_times = p_suspect_times, i_am_alive_time = p_i_am_alive_time
   WHERE deployment_id = p_deployment_id AND address = p_address AND port = p_port AND generation = p_generation;
  IF NOT FOUND THEN
    RETURN false;
  END IF;

  UPDATE orleans_membership_version SET version = version + 1, updated_at = now()
   WHERE deployment_id = p_deployment_id;
  RETURN true;
END
$fn$;

-- Column aliases are quoted because the provider reads result columns by these exact names.
-- The reads start from the version row and LEFT JOIN the silos: the provider takes the table version from the first
-- row, so a cluster with no silos (or no such silo) must still yield one row, with NULL silo columns.
INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', $q$/* InsertMembershipVersionKey */
WITH inserted AS (
  INSERT INTO orleans_membership_version (deployment_id, version, updated_at)
  VALUES (@DeploymentId, 0, now())
  ON CONFLICT (deployment_id) DO NOTHING
  RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted) AS "Inserted"
$q$),
('MembershipReadAllKey', $q$/* MembershipReadAllKey */
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
  FROM orleans_membership_version v
  LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
 WHERE v.deployment_id = @DeploymentId
$q$),
('MembershipReadRowKey', $q$/* MembershipReadRowKey */
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
  FROM orleans_membership_version v
  LEFT JOIN orleans_membership m
    ON m.deployment_id = v.deployment_id
   AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
 WHERE v.deployment_id = @DeploymentId
$q$),
('InsertMembershipKey', $q$/* InsertMembershipKey */
SELECT orleans_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                                 @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS "Inserted"
$q$),
('UpdateMembershipKey', $q$/* UpdateMembershipKey */
SELECT orleans_membership_update(@DeploymentId, @Address, @Port, @Generation, @Status,
                                 @SuspectTimes, @IAmAliveTime, @Version) AS "Updated"
$q$),
('UpdateIAmAlivetimeKey', $q$/* UpdateIAmAlivetimeKey */
UPDATE orleans_membership
   SET i_am_alive_time = @IAmAliveTime
 WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$q$),
-- Clients find gateways here: active silos (the provider passes @Status = Active) that listen for clients.
('GatewaysQueryKey', $q$/* GatewaysQueryKey */
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
  FROM orleans_membership
 WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
$q$),
('DeleteMembershipTableEntriesKey', $q$/* DeleteMembershipTableEntriesKey */
WITH silos AS (
  DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId
)
DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId
$q$),
-- Required, but only used when CleanupDefunctSiloEntryKey is absent: removes all dead silos last seen before the cut-off.
-- 6 is SiloStatus.Dead.
('CleanupDefunctSiloEntriesKey', $q$/* CleanupDefunctSiloEntriesKey */
DELETE FROM orleans_membership
 WHERE deployment_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime
$q$),
-- Optional (10.4+): when present the provider reads all rows, picks the dead silos itself and deletes each one with this,
-- passing back the values it read, so a row that changed meanwhile is left alone. Votes are compared with NULL and ''
-- as equal: the provider reads both as "no votes" and passes back NULL.
('CleanupDefunctSiloEntryKey', $q$/* CleanupDefunctSiloEntryKey */
DELETE FROM orleans_membership
 WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
   AND status = 6
   AND start_time = @StartTime AND i_am_alive_time = @IAmAliveTime
   AND COALESCE(suspect_times, '') = COALESCE(@SuspectTimes, '')
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
