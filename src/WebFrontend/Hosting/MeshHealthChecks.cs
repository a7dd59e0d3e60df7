using Mesh.Grains.Health;
using Mesh.Grains.Hosting.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mesh.WebFrontend.Hosting;

/// <summary>Liveness (the process answers) and readiness (checks tagged "ready" pass), on the public and the management port.</summary>
public static class MeshHealthChecks
{
    public const string ReadyTag = SiloHealthCheckExtensions.ReadyTag;

    /// <summary>Adds a check that /health/ready runs, e.g. storage or cluster connectivity.</summary>
    public static IHealthChecksBuilder AddMeshReadinessCheck<T>(this IServiceCollection services, string name)
        where T : class, IHealthCheck =>
        services.AddHealthChecks().AddCheck<T>(name, tags: [ReadyTag]);

    internal static IEndpointRouteBuilder MapMeshHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        var (live, ready) = endpoints.MapMeshHealthEndpoints();
        live.AllowAnonymous().DisableRateLimiting();
        ready.AllowAnonymous().DisableRateLimiting();
        return endpoints;
    }
}
