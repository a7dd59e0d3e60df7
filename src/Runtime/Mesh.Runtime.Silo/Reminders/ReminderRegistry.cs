namespace Mesh.Runtime.Reminders;

/// <summary>Stores reminders in the cluster's reminder table; the owning silo picks them up on its next read.</summary>
internal sealed class ReminderRegistry(IReminderTable table, TimeProvider time, ReminderService service) : IReminderRegistry
{
    private static readonly TimeSpan MinimumPeriod = TimeSpan.FromSeconds(1);

    public async Task RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (period < MinimumPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"A reminder period must be at least {MinimumPeriod}; use a grain timer for shorter ones.");
        }

        await table.UpsertAsync(new ReminderEntry(grainId, name, time.GetUtcNow() + dueTime, period)).ConfigureAwait(false);
        service.RequestRefresh();
    }

    public async Task UnregisterAsync(GrainId grainId, string name)
    {
        await table.DeleteAsync(grainId, name).ConfigureAwait(false);
        service.RequestRefresh();
    }
}
