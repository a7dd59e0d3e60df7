using System.Data.Common;

namespace Mesh.Runtime.AdoNet;

/// <summary>
/// The membership rows of one cluster with a table version: <see cref="TryWriteAsync"/> changes a row and bumps
/// the version in one transaction only if the version is the one the writer read.
/// </summary>
public sealed class MembershipTable(MeshDatabase database, string clusterId)
{
    private readonly MeshDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Reads the table version and every row. The version is read first: rows newer than it only make a later write fail and retry.</summary>
    public async Task<(long Version, IReadOnlyList<MembershipRow> Rows)> ReadAsync(CancellationToken ct = default)
    {
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var versionCommand = connection.CreateCommand("SELECT version FROM membership_version WHERE cluster_id = @clusterId")
            .AddParameter("@clusterId", clusterId);
        var version = await versionCommand.ExecuteScalarAsync(ct).ConfigureAwait(false) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0L;
        await using var command = connection.CreateCommand(
                "SELECT silo, status, start_time, heartbeat, gateway_port, suspicions FROM membership WHERE cluster_id = @clusterId")
            .AddParameter("@clusterId", clusterId);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<MembershipRow>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new MembershipRow(
                reader.GetString(0), reader.GetInt32(1), _database.ReadTime(reader, 2), _database.ReadTime(reader, 3), reader.GetInt32(4), reader.GetString(5)));
        }

        return (version, rows);
    }

    /// <summary>Inserts or replaces a row and bumps the version, if the version is still <paramref name="expectedVersion"/>.</summary>
    /// <returns>False when another writer changed the table first; nothing was written.</returns>
    public async Task<bool> TryWriteAsync(MembershipRow row, long expectedVersion, CancellationToken ct = default)
    {
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await _database.BeginWriteTransactionAsync(connection, ct).ConfigureAwait(false);
        await using (var seed = connection.CreateCommand(
            "INSERT INTO membership_version (cluster_id, version) VALUES (@clusterId, 0) ON CONFLICT (cluster_id) DO NOTHING", transaction))
        {
            await seed.AddParameter("@clusterId", clusterId).ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        // The version check and bump is one statement: concurrent writers serialize on the version row, and the
        // loser's WHERE no longer matches once the winner commits.
        await using (var bump = connection.CreateCommand(
            "UPDATE membership_version SET version = version + 1 WHERE cluster_id = @clusterId AND version = @expected", transaction))
        {
            bump.AddParameter("@clusterId", clusterId).AddParameter("@expected", expectedVersion);
            if (await bump.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
            {
                await transaction.RollbackAsync(ct).ConfigureAwait(false);
                return false;
            }
        }

        // A heartbeat never goes backwards: a writer acting on an older read must not undo a newer one.
        await using (var upsert = connection.CreateCommand(
            "INSERT INTO membership (cluster_id, silo, status, start_time, heartbeat, gateway_port, suspicions) "
            + "VALUES (@clusterId, @silo, @status, @startTime, @heartbeat, @gatewayPort, @suspicions) "
            + "ON CONFLICT (cluster_id, silo) DO UPDATE SET status = excluded.status, gateway_port = excluded.gateway_port, "
            + "suspicions = excluded.suspicions, heartbeat = CASE WHEN excluded.heartbeat > membership.heartbeat "
            + "THEN excluded.heartbeat ELSE membership.heartbeat END", transaction))
        {
            AddRow(upsert, row);
            await upsert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Records a heartbeat without touching the table version.</summary>
    public async Task HeartbeatAsync(string silo, DateTimeOffset time, CancellationToken ct = default)
    {
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand("UPDATE membership SET heartbeat = @heartbeat WHERE cluster_id = @clusterId AND silo = @silo")
            .AddParameter("@heartbeat", _database.ToDbTime(time))
            .AddParameter("@clusterId", clusterId)
            .AddParameter("@silo", silo);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private void AddRow(DbCommand command, MembershipRow row) =>
        command.AddParameter("@clusterId", clusterId)
            .AddParameter("@silo", row.Silo)
            .AddParameter("@status", row.Status)
            .AddParameter("@startTime", _database.ToDbTime(row.StartTime))
            .AddParameter("@heartbeat", _database.ToDbTime(row.Heartbeat))
            .AddParameter("@gatewayPort", row.GatewayPort)
            .AddParameter("@suspicions", row.Suspicions);
}
