namespace Mesh.Runtime.AdoNet;

/// <summary>
/// The grain directory of one cluster: which silo hosts each grain. Registration is an insert that only one of
/// many concurrent writers wins; a void entry (its silo is dead) is replaced by an update naming the dead silo.
/// </summary>
public sealed class GrainDirectoryTable(MeshDatabase database, string clusterId)
{
    private const int Attempts = 5;
    private const string KeyFilter = "cluster_id = @clusterId AND grain_type = @grainType AND grain_id = @grainId";

    private readonly MeshDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Records <paramref name="silo"/> as the host unless a live one is recorded; returns the host.</summary>
    /// <param name="grainType">The grain type name.</param>
    /// <param name="grainId">The grain key.</param>
    /// <param name="silo">The silo that wants to host it.</param>
    /// <param name="isDead">Whether a recorded silo is dead, so its entry is void.</param>
    /// <param name="ct">Cancels the statements.</param>
    public async Task<string> RegisterAsync(string grainType, string grainId, string silo, Func<string, bool> isDead, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
            await using (var insert = connection.CreateCommand(
                "INSERT INTO grain_directory (cluster_id, grain_type, grain_id, silo, registered_at) "
                + "VALUES (@clusterId, @grainType, @grainId, @silo, @now) ON CONFLICT (cluster_id, grain_type, grain_id) DO NOTHING"))
            {
                AddKey(insert, grainType, grainId).AddParameter("@silo", silo).AddParameter("@now", _database.ToDbTime(DateTimeOffset.UtcNow));
                if (await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1)
                {
                    return silo;
                }
            }

            string? existing;
            await using (var select = connection.CreateCommand($"SELECT silo FROM grain_directory WHERE {KeyFilter}"))
            {
                existing = await AddKey(select, grainType, grainId).ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
            }

            if (existing is null)
            {
                continue;
            }

            if (existing == silo || !isDead(existing))
            {
                return existing;
            }

            await using var replace = connection.CreateCommand(
                $"UPDATE grain_directory SET silo = @silo, registered_at = @now WHERE {KeyFilter} AND silo = @dead");
            AddKey(replace, grainType, grainId).AddParameter("@silo", silo).AddParameter("@dead", existing)
                .AddParameter("@now", _database.ToDbTime(DateTimeOffset.UtcNow));
            if (await replace.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1)
            {
                return silo;
            }
        }

        throw new InvalidOperationException($"The directory entry of {grainType}/{grainId} kept changing under {Attempts} attempts.");
    }

    /// <summary>Records <paramref name="silo"/> unconditionally, replacing any entry (for clients, whose latest gateway wins).</summary>
    public async Task SetAsync(string grainType, string grainId, string silo, CancellationToken ct = default)
    {
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var upsert = connection.CreateCommand(
            "INSERT INTO grain_directory (cluster_id, grain_type, grain_id, silo, registered_at) VALUES (@clusterId, @grainType, @grainId, @silo, @now) "
            + "ON CONFLICT (cluster_id, grain_type, grain_id) DO UPDATE SET silo = excluded.silo, registered_at = excluded.registered_at");
        AddKey(upsert, grainType, grainId).AddParameter("@silo", silo).AddParameter("@now", _database.ToDbTime(DateTimeOffset.UtcNow));
        await upsert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Removes every entry of a silo.</summary>
    public async Task UnregisterSiloAsync(string silo, CancellationToken ct = default)
    {
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var delete = connection.CreateCommand("DELETE FROM grain_directory WHERE cluster_id = @clusterId AND silo = @silo")
            .AddParameter("@clusterId", clusterId)
            .AddParameter("@silo", silo);
        await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The recorded host of a grain, or null.</summary>
    public async Task<string?> LookupAsync(string grainType, string grainId, CancellationToken ct = default)
    {
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var select = connection.CreateCommand($"SELECT silo FROM grain_directory WHERE {KeyFilter}");
        return await AddKey(select, grainType, grainId).ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    private System.Data.Common.DbCommand AddKey(System.Data.Common.DbCommand command, string grainType, string grainId) =>
        command.AddParameter("@clusterId", clusterId).AddParameter("@grainType", grainType).AddParameter("@grainId", grainId);
}
