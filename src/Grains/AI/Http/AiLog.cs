using Microsoft.Extensions.Logging;

namespace Mesh.Grains.AI.Http;

/// <summary>Provider log events. Keys and request bodies (patient speech and text) are never logged.</summary>
internal static partial class AiLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "{Capability} provider answered {Status} at {Endpoint}; retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string capability, int status, Uri endpoint, int retry, int maxRetries, double delayMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "{Capability} provider could not be reached at {Endpoint}; retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Unreachable(ILogger logger, Exception error, string capability, Uri endpoint, int retry, int maxRetries, double delayMs);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error,
        Message = "{Capability} provider failed at {Endpoint} with {Status} after {Attempts} attempt(s)")]
    public static partial void Failed(ILogger logger, string capability, Uri endpoint, int status, int attempts);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error,
        Message = "{Capability} provider timed out at {Endpoint} after {TimeoutSeconds} s")]
    public static partial void TimedOut(ILogger logger, string capability, Uri endpoint, double timeoutSeconds);
}
