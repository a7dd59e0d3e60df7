using System.Data.Common;

namespace Mesh.Runtime.AdoNet;

/// <summary>
/// Grain state rows with optimistic concurrency: every write and clear names the version it read, and a
/// stale version changes nothing and throws <see cref="VersionConflictException"/>.
/// </summary>
public sealed class GrainStateTable(MeshDatabase database)
{
    private const string KeyFilter = "grain_type = @grainType AND grain_id = @grainId AND state_name = @stateName";

    private readonly MeshDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Reads the stored state, or null when nothing is stored.</summary>
    public async Task<StoredGrainState?> ReadAsync(
        string grainType, string grainId, string stateName, CancellationToken ct = default)
    {
        ValidateKey(grainType, grainId, stateName);
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"SELECT version, payload FROM grain_state WHERE {KeyFilter}");
        AddKey(command, grainType, grainId, stateName);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false)
            ? new StoredGrainState(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1))
            : null;
    }

    /// <summary>
    /// Stores <paramref name="payload"/> and returns the new version. <paramref name="expectedVersion"/> null
    /// means "nothing stored yet"; otherwise it must equal the stored version.
    /// </summary>
    /// <exception cref="VersionConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    public async Task<long> WriteAsync(
        string grainType,
        string grainId,
        string stateName,
        long? expectedVersion,
        ReadOnlyMemory<byte> payload,
        CancellationToken ct = default)
    {
        ValidateKey(grainType, grainId, stateName);
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        // Both statements decide in one step whether the caller's version is current, so two writers with the
        // same version cannot both succeed: the database serializes them on the row.
        var sql = expectedVersion is null
            ? "INSERT INTO grain_state (grain_type, grain_id, state_name, version, payload, updated_at) "
                + "VALUES (@grainType, @grainId, @stateName, 1, @payload, @now) "
                + "ON CONFLICT (grain_type, grain_id, state_name) DO NOTHING"
            : "UPDATE grain_state SET version = version + 1, payload = @payload, updated_at = @now "
                + $"WHERE {KeyFilter} AND version = @expectedVersion";
        await using var command = connection.CreateCommand(sql)
            .AddParameter("@payload", payload.ToArray())
            .AddParameter("@now", _database.ToDbTime(DateTimeOffset.UtcNow));
        AddKey(command, grainType, grainId, stateName);
        if (expectedVersion is not null)
        {
            command.AddParameter("@expectedVersion", expectedVersion.Value);
        }

        if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
        {
            throw Conflict(grainType, grainId, stateName, expectedVersion);
        }

        return (expectedVersion ?? 0) + 1;
    }

    /// <summary>
    /// Deletes the stored state if its version is <paramref name="expectedVersion"/>. With
    /// <paramref name="expectedVersion"/> null and nothing stored, does nothing.
    /// </summary>
    /// <exception cref="VersionConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    public async Task ClearAsync(
        string grainType, string grainId, string stateName, long? expectedVersion, CancellationToken ct = default)
    {
        ValidateKey(grainType, grainId, stateName);
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        if (expectedVersion is null)
        {
            // Nothing to delete; the caller's belief "nothing stored" only has to be checked.
            await using var probe = connection.CreateCommand($"SELECT 1 FROM grain_state WHERE {KeyFilter}");
            AddKey(probe, grainType, grainId, stateName);
            if (await probe.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null)
            {
                throw Conflict(grainType, grainId, stateName, expectedVersion);
            }

            return;
        }

        await using var delete = connection.CreateCommand($"DELETE FROM grain_state WHERE {KeyFilter} AND version = @expectedVersion")
            .AddParameter("@expectedVersion", expectedVersion.Value);
        AddKey(delete, grainType, grainId, stateName);
        if (await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
        {
            throw Conflict(grainType, grainId, stateName, expectedVersion);
        }
    }

    private static void ValidateKey(string grainType, string grainId, string stateName)
    {
        ArgumentException.ThrowIfNullOrEmpty(grainType);
        ArgumentException.ThrowIfNullOrEmpty(grainId);
        ArgumentException.ThrowIfNullOrEmpty(stateName);
    }

    private static void AddKey(DbCommand command, string grainType, string grainId, string stateName) =>
        command.AddParameter("@grainType", grainType)
            .AddParameter("@grainId", grainId)
            .AddParameter("@stateName", stateName);

    private static VersionConflictException Conflict(string grainType, string grainId, string stateName, long? expected) =>
        new($"Grain state {grainType}/{grainId}/{stateName} is not at "
            + (expected is null ? "'nothing stored'" : $"version {expected}")
            + "; another writer changed it first. Nothing was written.");
}
