using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>Every risk rule, and the probability of denial they give alone.</summary>
public sealed class DenialRules(IEnumerable<IRiskRule> rules)
{
    /// <summary>The chance of denial of a claim no rule fires on, roughly the industry's first-pass denial rate.</summary>
    public const double BaseRate = 0.05;

    private readonly IReadOnlyList<IRiskRule> _rules = rules.ToList();

    /// <summary>The rules with the given payer rules.</summary>
    public static DenialRules Create(DenialRulesOptions options) => new(
    [
        new PriorAuthorizationRule(options), new TimelyFilingRule(options), new CoverageRule(), new DuplicateClaimRule(),
        new MissingModifierRule(), new ConflictingModifierRule(), new BillableDiagnosisRule(),
    ]);

    /// <summary>What every rule finds on <paramref name="claim"/>.</summary>
    public IReadOnlyList<RiskFinding> Check(ClaimRecord claim, RiskContext context) =>
        _rules.SelectMany(rule => rule.Check(claim, context)).ToList();

    /// <summary>
    /// The rules-alone probability: each distinct rule that fired is an independent chance of denial at its weight, on
    /// top of the base rate.
    /// </summary>
    public double Probability(IReadOnlyList<RiskFinding> findings)
    {
        var fired = findings.Select(finding => finding.Rule).ToHashSet();
        var paid = _rules.Where(rule => fired.Contains(rule.Name)).Aggregate(1 - BaseRate, (chance, rule) => chance * (1 - rule.Weight));
        return 1 - paid;
    }
}
