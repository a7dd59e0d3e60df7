using System.Collections.Concurrent;

namespace Mesh.Runtime.Reminders;

/// <summary>Reminders in memory, shared by the silos of one process: for tests.</summary>
public sealed class InMemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(GrainId, string), ReminderEntry> _entries = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _entries.Values]);

    /// <inheritdoc />
    public Task UpsertAsync(ReminderEntry entry, CancellationToken ct = default)
    {
        _entries[(entry.GrainId, entry.Name)] = entry;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(GrainId grainId, string name, CancellationToken ct = default)
    {
        _entries.TryRemove((grainId, name), out _);
        return Task.CompletedTask;
    }
}
