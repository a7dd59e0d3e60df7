using Mesh.Runtime.AdoNet;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mesh.WebFrontend.Cluster;

/// <summary>Ready when the database answers and its schema is in place.</summary>
internal sealed class StorageHealthCheck(MeshDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{database.Dialect} answers");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{database.Dialect} does not answer: {error.Message}");
        }
    }
}
