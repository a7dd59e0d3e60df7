using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>Where a denial probability came from.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Denials.RiskBasis")]
public enum RiskBasis
{
    /// <summary>The rules alone: no model was trained, or the last one did not beat the rules.</summary>
    Rules,

    /// <summary>The clinic's learned model, which beat the rules on held-out claims.</summary>
    Model,
}

/// <summary>A claim's denial risk, explained.</summary>
/// <param name="ClaimId">The claim scored.</param>
/// <param name="Probability">The probability of denial, 0 to 1.</param>
/// <param name="Basis">Whether the probability is the model's or the rules'.</param>
/// <param name="ModelVersion">The model version that scored, when <paramref name="Basis"/> is the model.</param>
/// <param name="Rules">The rules that fired, whichever the basis.</param>
/// <param name="Contributions">The features that pushed the model's score most (empty under the rules).</param>
/// <param name="SuggestedFixes">What to change before submitting, one per fired rule and per strong feature.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.DenialRisk")]
public sealed record DenialRisk(
    string ClaimId,
    double Probability,
    RiskBasis Basis,
    int? ModelVersion,
    IReadOnlyList<RiskFinding> Rules,
    IReadOnlyList<RiskContribution> Contributions,
    IReadOnlyList<string> SuggestedFixes);
