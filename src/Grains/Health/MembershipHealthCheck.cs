using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Mesh.Grains.Health;

/// <summary>
/// Ready when this silo is Active in the cluster's membership: not while it joins (it takes no grain calls yet), nor
/// once it is shutting down (a rolling upgrade takes it out of the load balancer first).
/// </summary>
public sealed class MembershipHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(silo.SiloAddress);
        var active = snapshot.Members.Values.Count(member => member.Status == SiloStatus.Active);
        var data = new Dictionary<string, object>
        {
            ["silo"] = silo.SiloAddress.ToString(),
            ["status"] = status.ToString(),
            ["activeSilos"] = active,
        };
        var description = $"silo {silo.SiloAddress} is {status}; {active} active in the cluster";
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy(description, data)
            : HealthCheckResult.Unhealthy(description, data: data));
    }
}
