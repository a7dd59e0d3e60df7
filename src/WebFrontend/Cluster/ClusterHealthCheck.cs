using Mesh.Grains.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mesh.WebFrontend.Cluster;

/// <summary>Ready when a grain call makes the round trip through the cluster.</summary>
internal sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silo = await grains.GetGrain<IPingGrain>("health").PingAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"grain call answered by {silo}");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"grain call failed: {error.Message}");
        }
    }
}
