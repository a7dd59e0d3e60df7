using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>More days from the date of service to submission than the payer's timely filing limit.</summary>
public sealed class TimelyFilingRule(DenialRulesOptions options) : IRiskRule
{
    /// <inheritdoc />
    public string Name => "timely_filing_exceeded";

    /// <inheritdoc />
    public double Weight => 0.9;

    /// <inheritdoc />
    public IEnumerable<RiskFinding> Check(ClaimRecord claim, RiskContext context)
    {
        var limit = options.TimelyFilingDaysOf(claim.Payer.Id);
        if (ClaimDates.DaysToSubmission(claim) is { } days && days > limit)
        {
            yield return new RiskFinding(
                Name,
                $"Submitted {days} days after the date of service; {claim.Payer.Name} accepts claims within {limit} days.",
                "Attach proof of timely filing (an earlier submission or clearinghouse acknowledgement), or write the balance off.",
                null);
        }
    }
}
