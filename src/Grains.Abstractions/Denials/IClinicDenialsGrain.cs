using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Denials;

/// <summary>
/// A clinic's denial work, run in the silo next to its claims: risk with context, training from history, appeals from
/// denials, revenue figures. Key: the tenant. Stateless: it gathers from the claim, index, contract and report grains.
/// </summary>
[Alias("Mesh.Grains.Denials.IClinicDenialsGrain")]
public interface IClinicDenialsGrain : IGrainWithStringKey
{
    /// <summary>A claim's risk with its earlier claims as context; null when the clinic has no such claim.</summary>
    [ReadOnly]
    [Alias("ScoreClaimAsync")]
    Task<DenialRisk?> ScoreClaimAsync(string claimId);

    /// <summary>Trains the clinic's model on every claim with an outcome.</summary>
    [Alias("TrainAsync")]
    Task<DenialModelReport> TrainAsync();

    /// <summary>
    /// Drafts an appeal of denial <paramref name="denialId"/> (or, with an EOB, of claim <paramref name="denialId"/>);
    /// null when the clinic has no such denial. Throws <see cref="AppealNotAllowedException"/> for a paid claim.
    /// </summary>
    [Alias("DraftAppealAsync")]
    Task<AppealVersion?> DraftAppealAsync(string denialId, string appealId, AppealOrder order);

    /// <summary>The revenue figures of claims serviced from <paramref name="from"/> to <paramref name="to"/>.</summary>
    [ReadOnly]
    [Alias("GetStatsAsync")]
    Task<RevenueStats> GetStatsAsync(DateOnly from, DateOnly to);
}
