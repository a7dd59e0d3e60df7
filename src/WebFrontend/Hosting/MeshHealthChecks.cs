using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mesh.WebFrontend.Hosting;

/// <summary>Liveness (the process answers) and readiness (checks tagged "ready" pass).</summary>
public static class MeshHealthChecks
{
    public const string ReadyTag = "ready";

    /// <summary>Adds a check that /health/ready runs, e.g. storage or cluster connectivity.</summary>
    public static IHealthChecksBuilder AddMeshReadinessCheck<T>(this IServiceCollection services, string name)
        where T : class, IHealthCheck =>
        services.AddHealthChecks().AddCheck<T>(name, tags: [ReadyTag]);

    internal static IEndpointRouteBuilder MapMeshHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous()
            .DisableRateLimiting();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .AllowAnonymous()
            .DisableRateLimiting();
        return endpoints;
    }
}
