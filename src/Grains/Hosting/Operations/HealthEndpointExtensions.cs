using System.Text.Json;
using Mesh.Grains.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mesh.Grains.Hosting.Operations;

/// <summary>
/// /health/live (the process answers: a liveness probe restarts it otherwise) and /health/ready (every check tagged
/// "ready": 200 when healthy or degraded, 503 when not), each answering JSON that names every check's status.
/// </summary>
public static class HealthEndpointExtensions
{
    /// <summary>The liveness path.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness path.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Maps both endpoints; the caller adds its own conventions (anonymous access, no rate limit).</summary>
    public static (IEndpointConventionBuilder Live, IEndpointConventionBuilder Ready) MapMeshHealthEndpoints(this IEndpointRouteBuilder endpoints) =>
        (endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }),
         endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
         {
             Predicate = check => check.Tags.Contains(SiloHealthCheckExtensions.ReadyTag),
             ResponseWriter = WriteAsync,
         }));

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
