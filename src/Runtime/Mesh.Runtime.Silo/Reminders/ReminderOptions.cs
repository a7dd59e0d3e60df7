namespace Mesh.Runtime.Reminders;

/// <summary>How often silos read the reminder table. Bound from <c>Mesh:Cluster:Reminders</c> by the hosts.</summary>
public sealed class ReminderOptions
{
    /// <summary>How often the table is read to pick up new reminders and those of silos that died. Default 5 seconds.</summary>
    public TimeSpan RefreshPeriod { get; set; } = TimeSpan.FromSeconds(5);
}
