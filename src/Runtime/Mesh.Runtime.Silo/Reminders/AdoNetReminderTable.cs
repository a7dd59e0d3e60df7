using Mesh.Runtime.AdoNet;

namespace Mesh.Runtime.Reminders;

/// <summary>Reminders in SQLite or PostgreSQL; the schema is installed on first use.</summary>
internal sealed class AdoNetReminderTable(MeshDatabase database, string clusterId) : IReminderTable
{
    private readonly ReminderTable _table = new(database, clusterId);
    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync());

    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        var rows = await _table.ReadAllAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => new ReminderEntry(new GrainId(r.GrainType, r.GrainId), r.Name, r.FirstDue, r.Period))];
    }

    public async Task UpsertAsync(ReminderEntry entry, CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        await _table.UpsertAsync(new ReminderRow(entry.GrainId.Type, entry.GrainId.Key, entry.Name, entry.FirstDue, entry.Period), ct).ConfigureAwait(false);
    }

    public async Task DeleteAsync(GrainId grainId, string name, CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        await _table.DeleteAsync(grainId.Type, grainId.Key, name, ct).ConfigureAwait(false);
    }
}
