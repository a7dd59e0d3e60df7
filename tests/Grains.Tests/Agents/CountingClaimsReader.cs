using System.Collections.Concurrent;
using Mesh.Grains.Agents.Tools;

namespace Mesh.Grains.Tests.Agents;

/// <summary>The team's real claims reader, counting how often each claim is read, so a test can see a turn's reads.</summary>
public sealed class CountingClaimsReader(IClaimsReader inner, ConcurrentDictionary<string, int> reads) : IClaimsReader
{
    public Task<ClaimFolder?> GetClaimAsync(string tenant, string claimId, CancellationToken ct)
    {
        reads.AddOrUpdate(TenantKeys.For(tenant, claimId), 1, (_, n) => n + 1);
        return inner.GetClaimAsync(tenant, claimId, ct);
    }

    public Task<IReadOnlyList<ClaimFolder>> ForPatientAsync(string tenant, string patientId, int limit, CancellationToken ct) =>
        inner.ForPatientAsync(tenant, patientId, limit, ct);

    public Task<IReadOnlyList<ContractRate>> RatesAsync(string tenant, string payerId, CancellationToken ct) => inner.RatesAsync(tenant, payerId, ct);
}
