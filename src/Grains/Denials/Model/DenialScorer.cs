using Mesh.Grains.Claims;
using Mesh.Grains.Denials.Risk;

namespace Mesh.Grains.Denials.Model;

/// <summary>Puts a claim's risk together: the probability from the model when there is one, else the rules; fixes from both.</summary>
public static class DenialScorer
{
    /// <summary>Contributions weaker than this are explanations, not reasons to change the claim.</summary>
    private const double StrongContribution = 0.05;

    /// <summary>Scores <paramref name="claim"/>.</summary>
    public static DenialRisk Score(DenialRules rules, DenialModel? model, int? modelVersion, ClaimRecord claim, RiskContext context)
    {
        var findings = rules.Check(claim, context);
        var fixes = findings.Select(finding => finding.SuggestedFix).ToList();
        if (model is null)
        {
            return new DenialRisk(claim.ClaimId, Math.Round(rules.Probability(findings), 4), RiskBasis.Rules, null, findings, [], fixes.Distinct().ToList());
        }

        var (probability, contributions) = model.Predict(claim);
        fixes.AddRange(contributions
            .Where(contribution => contribution.Contribution >= StrongContribution)
            .Select(contribution => ContributionFixes.For(contribution.Feature))
            .OfType<string>());

        // A rule that fired is a fact about this claim; the model only knows the clinic's past. Whichever says more wins.
        var combined = Math.Max(probability, rules.Probability(findings) * (findings.Count > 0 ? 1 : 0));
        return new DenialRisk(claim.ClaimId, Math.Round(combined, 4), RiskBasis.Model, modelVersion, findings, contributions, fixes.Distinct().ToList());
    }
}
