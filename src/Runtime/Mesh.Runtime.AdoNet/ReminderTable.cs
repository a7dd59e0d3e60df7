namespace Mesh.Runtime.AdoNet;

/// <summary>The durable reminders of one cluster.</summary>
public sealed class ReminderTable(MeshDatabase database, string clusterId)
{
    private readonly MeshDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Every reminder of the cluster.</summary>
    public async Task<IReadOnlyList<ReminderRow>> ReadAllAsync(CancellationToken ct = default)
    {
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                "SELECT grain_type, grain_id, name, first_due, period_ms FROM reminders WHERE cluster_id = @clusterId")
            .AddParameter("@clusterId", clusterId);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<ReminderRow>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new ReminderRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), _database.ReadTime(reader, 3),
                TimeSpan.FromMilliseconds(reader.GetInt64(4))));
        }

        return rows;
    }

    /// <summary>Adds a reminder or replaces the one of the same grain and name.</summary>
    public async Task UpsertAsync(ReminderRow row, CancellationToken ct = default)
    {
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                "INSERT INTO reminders (cluster_id, grain_type, grain_id, name, first_due, period_ms) "
                + "VALUES (@clusterId, @grainType, @grainId, @name, @firstDue, @period) "
                + "ON CONFLICT (cluster_id, grain_type, grain_id, name) DO UPDATE SET first_due = excluded.first_due, period_ms = excluded.period_ms")
            .AddParameter("@clusterId", clusterId)
            .AddParameter("@grainType", row.GrainType)
            .AddParameter("@grainId", row.GrainId)
            .AddParameter("@name", row.Name)
            .AddParameter("@firstDue", _database.ToDbTime(row.FirstDue))
            .AddParameter("@period", (long)row.Period.TotalMilliseconds);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Removes a reminder; nothing happens if there is none.</summary>
    public async Task DeleteAsync(string grainType, string grainId, string name, CancellationToken ct = default)
    {
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                "DELETE FROM reminders WHERE cluster_id = @clusterId AND grain_type = @grainType AND grain_id = @grainId AND name = @name")
            .AddParameter("@clusterId", clusterId)
            .AddParameter("@grainType", grainType)
            .AddParameter("@grainId", grainId)
            .AddParameter("@name", name);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
