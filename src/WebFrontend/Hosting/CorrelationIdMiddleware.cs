using System.Diagnostics;
using System.Text.RegularExpressions;
using Mesh.Grains.Telemetry;

namespace Mesh.WebFrontend.Hosting;

/// <summary>
/// Gives every request a correlation id: the caller's X-Correlation-ID when it is well formed, else the trace id.
/// It is echoed in the response and recorded in audit entries and problem details, opens a log scope so every log line
/// of the request carries it, and travels with the request's grain calls so the silos' log lines carry it too.
/// </summary>
internal sealed partial class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        string? supplied = context.Request.Headers[HeaderName];
        var correlationId = supplied is not null && WellFormed().IsMatch(supplied)
            ? supplied
            : Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        context.Features.Set(new CorrelationIdFeature(correlationId));
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        RequestContext.Set(CorrelationLogScope.RequestContextKey, correlationId);
        using (CorrelationLogScope.Begin(logger, correlationId))
        {
            await next(context).ConfigureAwait(false);
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.:\-]{1,128}\z", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
