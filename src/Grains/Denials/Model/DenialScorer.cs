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
        if (model is null)
        {
            return new DenialRisk(
                claim.ClaimId, Math.Round(rules.Probability(findings), 4), RiskBasis.Rules, null, findings, [], findings.Select(finding => finding.SuggestedFix).Distinct().ToList());
        }

        return Explain(rules, findings, model.Predict(claim), modelVersion, claim.ClaimId);
    }

    /// <summary>In a batch, the probability from which a claim's score is explained feature by feature.</summary>
    public const double ExplainFrom = 0.2;

    /// <summary>
    /// Scores many claims in one batch through the model (or the rules alone without one); claims below
    /// <see cref="ExplainFrom"/> carry no feature contributions.
    /// </summary>
    public static IReadOnlyList<DenialRisk> ScoreMany(DenialRules rules, DenialModel? model, int? modelVersion, IReadOnlyList<ClaimRecord> claims, RiskContext context)
    {
        if (model is null)
        {
            return claims.Select(claim => Score(rules, null, null, claim, context)).ToList();
        }

        // Explaining costs about ten times a probability: a batch explains only the claims at risk.
        var probabilities = model.PredictProbabilities(claims);
        var atRisk = Enumerable.Range(0, claims.Count).Where(i => probabilities[i] >= ExplainFrom).ToList();
        var explained = model.PredictMany(atRisk.Select(i => claims[i]).ToList());
        var predictions = probabilities.Select(probability => ((double)probability, (IReadOnlyList<RiskContribution>)[])).ToArray();
        for (var i = 0; i < atRisk.Count; i++)
        {
            predictions[atRisk[i]] = explained[i];
        }

        return claims.Select((claim, i) => Explain(rules, rules.Check(claim, context), predictions[i], modelVersion, claim.ClaimId)).ToList();
    }

    private static DenialRisk Explain(
        DenialRules rules, IReadOnlyList<RiskFinding> findings, (double Probability, IReadOnlyList<RiskContribution> Contributions) prediction, int? modelVersion, string claimId)
    {
        var (probability, contributions) = prediction;
        var fixes = findings.Select(finding => finding.SuggestedFix).ToList();
        fixes.AddRange(contributions
            .Where(contribution => contribution.Contribution >= StrongContribution)
            .Select(contribution => ContributionFixes.For(contribution.Feature))
            .OfType<string>());

        // A rule that fired is a fact about this claim; the model only knows the clinic's past. Whichever says more wins.
        var combined = Math.Max(probability, rules.Probability(findings) * (findings.Count > 0 ? 1 : 0));
        return new DenialRisk(claimId, Math.Round(combined, 4), RiskBasis.Model, modelVersion, findings, contributions, fixes.Distinct().ToList());
    }
}
