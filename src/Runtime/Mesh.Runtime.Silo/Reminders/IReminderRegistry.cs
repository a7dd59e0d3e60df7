namespace Mesh.Runtime.Reminders;

/// <summary>
/// Registers durable reminders for grains. Inject it into a grain class that implements <see cref="IRemindable"/>.
/// A reminder outlives activations and silos: it is stored, fired by one silo at a time, and taken over by another
/// silo when that one dies.
/// </summary>
public interface IReminderRegistry
{
    /// <summary>Registers (or re-times) reminder <paramref name="name"/> of <paramref name="grainId"/>.</summary>
    /// <param name="grainId">The grain to remind, usually the caller's own <c>GrainId</c>.</param>
    /// <param name="name">The reminder's name, unique per grain.</param>
    /// <param name="dueTime">How long from now until it first comes due.</param>
    /// <param name="period">How often it comes due after that; at least one second.</param>
    Task RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period);

    /// <summary>Removes a reminder.</summary>
    Task UnregisterAsync(GrainId grainId, string name);
}
