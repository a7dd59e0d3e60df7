using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Mesh.Grains.Telemetry;

/// <summary>
/// The correlation id of the audit log in every log line: a log scope named <c>CorrelationId</c> (JSON console logs
/// print it under "Scopes"). The WebFrontend opens it per request and puts the id in Orleans' request context; silos open
/// it again around each grain call that carries one.
/// </summary>
public sealed class CorrelationLogScope(ILogger<CorrelationLogScope> logger) : IIncomingGrainCallFilter
{
    /// <summary>The key of the id in Orleans' <see cref="RequestContext"/>.</summary>
    public const string RequestContextKey = "mesh.correlation";

    /// <summary>Opens the scope on <paramref name="logger"/>'s factory (scopes are shared by all its loggers).</summary>
    public static IDisposable? Begin(ILogger logger, string correlationId) =>
        logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId });

    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (RequestContext.Get(RequestContextKey) is not string correlationId)
        {
            await context.Invoke().ConfigureAwait(false);
            return;
        }

        using (Begin(logger, correlationId))
        {
            await context.Invoke().ConfigureAwait(false);
        }
    }
}
