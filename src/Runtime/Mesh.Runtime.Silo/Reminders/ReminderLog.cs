using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Reminders;

/// <summary>Log messages of the reminder service.</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(200, LogLevel.Warning, "Reading the reminder table failed; retrying next period")]
    public static partial void RefreshFailed(ILogger logger, Exception error);

    [LoggerMessage(201, LogLevel.Warning, "Reminder {Name} of {GrainId} failed")]
    public static partial void TickFailed(ILogger logger, Exception error, string name, GrainId grainId);
}
