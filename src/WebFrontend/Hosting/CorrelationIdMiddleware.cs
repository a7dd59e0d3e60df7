using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Mesh.WebFrontend.Hosting;

/// <summary>
/// Gives every request a correlation id: the caller's X-Correlation-ID when it is well formed, else the trace id.
/// It is echoed in the response and recorded in audit entries and problem details.
/// </summary>
internal sealed partial class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-ID";

    public Task InvokeAsync(HttpContext context)
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
        return next(context);
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.:\-]{1,128}\z", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
