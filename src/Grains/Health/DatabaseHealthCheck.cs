using Mesh.Grains.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mesh.Grains.Health;

/// <summary>Ready when Mesh's database (grain state, reports, audit) answers a query.</summary>
public sealed class DatabaseHealthCheck(MeshDatabase database) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A plain read: a probe must not take SQLite's single write turn, and the schema was applied at start.
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{database.Dialect} answers");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{database.Dialect} does not answer: {error.Message}");
        }
    }
}
