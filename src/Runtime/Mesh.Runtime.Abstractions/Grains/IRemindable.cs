namespace Mesh.Runtime;

/// <summary>
/// Implemented by grain classes that register durable reminders: the runtime calls <see cref="ReceiveReminderAsync"/>
/// each time one comes due, activating the grain on whichever silo hosts it.
/// </summary>
public interface IRemindable
{
    /// <summary>Handles a due reminder. Runs as a normal turn of the grain.</summary>
    /// <param name="reminderName">The name the reminder was registered under.</param>
    Task ReceiveReminderAsync(string reminderName);
}
