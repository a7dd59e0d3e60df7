using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Diagnostics;

/// <summary>The silo's log messages, source-generated so the hot paths pay nothing when a level is off.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(1, LogLevel.Error, "Activation of {GrainId} failed")]
    public static partial void ActivationFailed(ILogger logger, Exception error, GrainId grainId);

    [LoggerMessage(2, LogLevel.Warning, "OnDeactivateAsync of {GrainId} failed")]
    public static partial void DeactivationFailed(ILogger logger, Exception error, GrainId grainId);

    [LoggerMessage(3, LogLevel.Debug, "Deactivated {GrainId} ({Reason})")]
    public static partial void Deactivated(ILogger logger, GrainId grainId, DeactivationReason reason);

    [LoggerMessage(4, LogLevel.Error, "Timer callback of {GrainId} failed")]
    public static partial void TimerFailed(ILogger logger, Exception error, GrainId grainId);

    [LoggerMessage(5, LogLevel.Warning, "Call {Call} timed out after {Timeout}")]
    public static partial void CallTimedOut(ILogger logger, string call, TimeSpan timeout);

    [LoggerMessage(6, LogLevel.Information, "Silo started: {GrainTypes} grain types, storage providers ready")]
    public static partial void SiloStarted(ILogger logger, int grainTypes);

    [LoggerMessage(7, LogLevel.Information, "Silo stopping: deactivating {Activations} activations")]
    public static partial void SiloStopping(ILogger logger, int activations);

    [LoggerMessage(9, LogLevel.Warning, "{Activations} activations did not deactivate within {Timeout}; their running requests never finished")]
    public static partial void DeactivationTimedOut(ILogger logger, int activations, TimeSpan timeout);

    [LoggerMessage(8, LogLevel.Debug, "Collecting {Count} idle activations")]
    public static partial void CollectingIdle(ILogger logger, int count);
}
