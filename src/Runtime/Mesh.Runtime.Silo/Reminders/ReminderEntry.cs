namespace Mesh.Runtime.Reminders;

/// <summary>A durable reminder: it comes due at <see cref="FirstDue"/> and every <see cref="Period"/> after.</summary>
/// <param name="GrainId">The grain it calls.</param>
/// <param name="Name">Its name, unique per grain.</param>
/// <param name="FirstDue">When it first comes due.</param>
/// <param name="Period">How often it comes due after that.</param>
public sealed record ReminderEntry(GrainId GrainId, string Name, DateTimeOffset FirstDue, TimeSpan Period)
{
    /// <summary>The first due time strictly after <paramref name="time"/>.</summary>
    public DateTimeOffset NextDueAfter(DateTimeOffset time)
    {
        if (time < FirstDue)
        {
            return FirstDue;
        }

        var periods = (time - FirstDue).Ticks / Period.Ticks + 1;
        return FirstDue + TimeSpan.FromTicks(Period.Ticks * periods);
    }
}
