using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>
/// No coverage period of the claim's payer (from the patient's imported FHIR Coverage) spans a date of service. Silent
/// when the patient has no coverage on file: absence of data is not evidence of lapsed coverage.
/// </summary>
public sealed class CoverageRule : IRiskRule
{
    /// <inheritdoc />
    public string Name => "coverage_inactive";

    /// <inheritdoc />
    public double Weight => 0.9;

    /// <inheritdoc />
    public IEnumerable<RiskFinding> Check(ClaimRecord claim, RiskContext context)
    {
        if (context.Coverage.Count == 0)
        {
            yield break;
        }

        var payerPeriods = context.Coverage
            .Where(period => period.PayerId is null || string.Equals(period.PayerId, claim.Payer.Id, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var days = claim.Lines.Select(line => ClaimDates.Of(claim, line)).Append(claim.ServiceFrom)
            .OfType<DateOnly>().Distinct().Order();
        foreach (var day in days)
        {
            if (!payerPeriods.Any(period => period.Covers(day)))
            {
                yield return new RiskFinding(
                    Name,
                    $"The patient's coverage with {claim.Payer.Name} is not active on {day:yyyy-MM-dd}.",
                    "Verify eligibility (270/271) and bill the payer that covered the patient on that date, or the patient.",
                    null);
                yield break;
            }
        }
    }
}
