using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Denials;

/// <summary>An appeal as the clinic's list keeps it, for outcomes and recoveries.</summary>
/// <param name="AppealId">The appeal.</param>
/// <param name="DenialId">The denial appealed.</param>
/// <param name="ClaimId">Its claim.</param>
/// <param name="Kind">What it argues.</param>
/// <param name="PaidWhenDrafted">What the payer had paid on the claim when the appeal was drafted.</param>
/// <param name="DraftedAt">When.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealListing"), Immutable]
public sealed record AppealListing(string AppealId, string DenialId, string ClaimId, AppealKind Kind, decimal PaidWhenDrafted, DateTimeOffset DraftedAt);

/// <summary>The clinic's appeals. Key: the tenant.</summary>
[Alias("Mesh.Grains.Denials.IAppealListGrain")]
public interface IAppealListGrain : IGrainWithStringKey
{
    /// <summary>Adds an appeal (once).</summary>
    [Alias("AddAsync")]
    Task AddAsync(AppealListing appeal);

    /// <summary>Every appeal, oldest first.</summary>
    [ReadOnly]
    [Alias("ListAsync")]
    Task<IReadOnlyList<AppealListing>> ListAsync();
}
