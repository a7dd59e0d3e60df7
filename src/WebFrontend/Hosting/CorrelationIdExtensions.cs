namespace Mesh.WebFrontend.Hosting;

public static class CorrelationIdExtensions
{
    /// <summary>The request's correlation id (from X-Correlation-ID when valid, else the trace id).</summary>
    public static string GetCorrelationId(this HttpContext context) =>
        context.Features.Get<CorrelationIdFeature>()?.CorrelationId ?? context.TraceIdentifier;
}
