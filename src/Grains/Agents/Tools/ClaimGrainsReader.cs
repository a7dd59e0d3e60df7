using Mesh.Grains.Claims;

namespace Mesh.Grains.Agents.Tools;

/// <summary>
/// The tools' claims over the claim grains: a claim from its grain, a patient's claims from the clinic's claim index
/// (never a scan of claim grains), rates from the payer's contract grain. Reversed payments and the reversals themselves
/// are left out, as the claim's balance leaves them out.
/// </summary>
public sealed class ClaimGrainsReader(IGrainFactory grains) : IClaimsReader
{
    /// <inheritdoc />
    public async Task<ClaimFolder?> GetClaimAsync(string tenant, string claimId, CancellationToken ct) =>
        await grains.GetGrain<IClaimGrain>(TenantKeys.For(tenant, claimId)).GetAsync() is { } view ? Folder(view) : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimFolder>> ForPatientAsync(string tenant, string patientId, int limit, CancellationToken ct)
    {
        var page = await grains.GetGrain<IClaimIndexGrain>(tenant).ListClaimsAsync(new ClaimQuery(null, null, patientId, null, null, 0, Math.Min(limit, ClaimQuery.MaxLimit)));
        var folders = await Task.WhenAll(page.Items.Select(summary => GetClaimAsync(tenant, summary.ClaimId, ct)));
        return [.. folders.OfType<ClaimFolder>()];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContractRate>> RatesAsync(string tenant, string payerId, CancellationToken ct) =>
        await grains.GetGrain<IContractGrain>(TenantKeys.For(tenant, payerId)).GetAsync() is { } card
            ? [.. card.Rates.Select(r => new ContractRate(r.ProcedureCode, r.Modifier, r.Allowed, r.EffectiveFrom, r.EffectiveTo))]
            : [];

    private static ClaimFolder Folder(ClaimView view) => new(
        view.Claim,
        view.Status.ToString().ToLowerInvariant(),
        [.. ClaimLedger.Effective(view.Remittances).Select(r => r.Payment)]);
}
