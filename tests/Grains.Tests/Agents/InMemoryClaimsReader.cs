using System.Collections.Concurrent;
using Mesh.Grains.Agents.Tools;

namespace Mesh.Grains.Tests.Agents;

/// <summary>A clinic's claims held in memory, keyed by clinic: the claims the team's tools read in tests and the benchmark.</summary>
public sealed class InMemoryClaimsReader : IClaimsReader
{
    private readonly ConcurrentDictionary<(string Tenant, string ClaimId), ClaimFolder> _claims = new();
    private readonly ConcurrentDictionary<(string Tenant, string PatientId), ConcurrentBag<ClaimFolder>> _byPatient = new();
    private readonly ConcurrentDictionary<(string Tenant, string PayerId), IReadOnlyList<ContractRate>> _rates = new();

    public bool IsAvailable => true;

    public void Add(string tenant, ClaimFolder folder)
    {
        _claims[(tenant, folder.Claim.ClaimId)] = folder;
        if (folder.Claim.PatientId is { } patient)
        {
            _byPatient.GetOrAdd((tenant, patient), _ => []).Add(folder);
        }
    }

    public void SetRates(string tenant, string payerId, IReadOnlyList<ContractRate> rates) => _rates[(tenant, payerId)] = rates;

    public Task<ClaimFolder?> GetClaimAsync(string tenant, string claimId, CancellationToken ct) =>
        Task.FromResult(_claims.TryGetValue((tenant, claimId), out var folder) ? folder : null);

    public Task<IReadOnlyList<ClaimFolder>> ForPatientAsync(string tenant, string patientId, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ClaimFolder>>(_byPatient.TryGetValue((tenant, patientId), out var claims)
            ? [.. claims.OrderByDescending(c => c.Claim.ServiceFrom).ThenBy(c => c.Claim.ClaimId, StringComparer.Ordinal).Take(limit)]
            : []);

    public Task<IReadOnlyList<ContractRate>> RatesAsync(string tenant, string payerId, CancellationToken ct) =>
        Task.FromResult(_rates.TryGetValue((tenant, payerId), out var rates) ? rates : []);
}
