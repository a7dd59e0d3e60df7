using Mesh.Grains.Claims;
using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Denials;

/// <summary>
/// A clinic's denial-risk scorer: the rules, and the model learned from the clinic's own history when it beats them.
/// Key: the tenant.
/// </summary>
[Alias("Mesh.Grains.Denials.IDenialModelGrain")]
public interface IDenialModelGrain : IGrainWithStringKey
{
    /// <summary>
    /// Trains a new version on 80% of <paramref name="history"/> and judges it beside the rules on the other 20%; the
    /// model scores from then on only if it beat the rules. Throws <see cref="NotEnoughHistoryException"/> when the
    /// history is too short.
    /// </summary>
    [Alias("TrainAsync")]
    Task<DenialModelReport> TrainAsync(IReadOnlyList<LabeledClaim> history);

    /// <summary>Every training so far, oldest first.</summary>
    [ReadOnly]
    [Alias("GetReportsAsync")]
    Task<IReadOnlyList<DenialModelReport>> GetReportsAsync();

    /// <summary>Scores a claim: the probability of denial, the rules that fired, the strongest features and fixes.</summary>
    [ReadOnly]
    [Alias("ScoreAsync")]
    Task<DenialRisk> ScoreAsync(ClaimRecord claim, RiskContext context);
}
