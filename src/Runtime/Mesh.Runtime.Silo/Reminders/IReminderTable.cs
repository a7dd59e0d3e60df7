namespace Mesh.Runtime.Reminders;

/// <summary>Where a cluster's durable reminders are stored.</summary>
public interface IReminderTable
{
    /// <summary>Every reminder of the cluster.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken ct = default);

    /// <summary>Adds a reminder or replaces the one with the same grain and name.</summary>
    Task UpsertAsync(ReminderEntry entry, CancellationToken ct = default);

    /// <summary>Removes a reminder if it exists.</summary>
    Task DeleteAsync(GrainId grainId, string name, CancellationToken ct = default);
}
