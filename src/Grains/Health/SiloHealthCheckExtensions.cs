using Mesh.Grains.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mesh.Grains.Health;

/// <summary>The readiness checks of a process that hosts a silo: its membership status, storage and each configured AI endpoint.</summary>
public static class SiloHealthCheckExtensions
{
    /// <summary>The tag of the checks /health/ready runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>AI capabilities whose endpoint being down makes the process unready rather than degraded.</summary>
    public const string RequiredAiSetting = "Mesh:Health:RequiredAi";

    /// <summary>Adds the checks; AI endpoints are read from <c>Mesh:AI:&lt;Capability&gt;</c> now.</summary>
    public static IServiceCollection AddMeshSiloHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<MembershipHealthCheck>("membership", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("storage", tags: [ReadyTag]);
        services.AddHttpClient(AiEndpointHealthCheck.ClientName, client => client.Timeout = TimeSpan.FromSeconds(3));
        var required = configuration.GetSection(RequiredAiSetting).Get<string[]>() ?? [];
        foreach (var capability in AiCapabilities.All)
        {
            var endpoint = AiEndpointOptions.FromConfiguration(configuration, capability);
            if (!endpoint.IsConfigured)
            {
                continue;
            }

            var isRequired = required.Contains(capability, StringComparer.OrdinalIgnoreCase);
            checks.Add(new HealthCheckRegistration(
                $"ai-{capability}",
                provider => new AiEndpointHealthCheck(provider.GetRequiredService<IHttpClientFactory>(), endpoint, isRequired),
                isRequired ? HealthStatus.Unhealthy : HealthStatus.Degraded,
                [ReadyTag]));
        }

        return services;
    }
}
