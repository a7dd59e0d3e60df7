using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>
/// A line billing the same procedure for the same patient, payer and date of service as an earlier claim. A replacement
/// (CLM05-3 = 7) or void (8) is meant to repeat the original and is not a duplicate.
/// </summary>
public sealed class DuplicateClaimRule : IRiskRule
{
    /// <inheritdoc />
    public string Name => "duplicate_claim";

    /// <inheritdoc />
    public double Weight => 0.85;

    /// <inheritdoc />
    public IEnumerable<RiskFinding> Check(ClaimRecord claim, RiskContext context)
    {
        if (claim.FrequencyCode is "7" or "8")
        {
            yield break;
        }

        var earlier = context.EarlierClaims
            .Where(other => other.ClaimId != claim.ClaimId && other.FrequencyCode != "8" && SamePatientAndPayer(claim, other))
            .SelectMany(other => other.Lines.Select(line => (other.ClaimId, line.ProcedureCode, Day: ClaimDates.Of(other, line))))
            .ToList();
        foreach (var line in claim.Lines)
        {
            var day = ClaimDates.Of(claim, line);
            var match = earlier.FirstOrDefault(other => other.ProcedureCode == line.ProcedureCode && other.Day == day);
            if (match.ClaimId is not null)
            {
                yield return new RiskFinding(
                    Name,
                    $"{line.ProcedureCode} on {day:yyyy-MM-dd} was already billed on claim {match.ClaimId}.",
                    $"If this corrects claim {match.ClaimId}, send it as a replacement (CLM05-3 = 7); otherwise do not submit it.",
                    line.Number);
            }
        }
    }

    private static bool SamePatientAndPayer(ClaimRecord claim, ClaimRecord other) =>
        string.Equals(claim.Payer.Id, other.Payer.Id, StringComparison.OrdinalIgnoreCase)
        && (claim.PatientId is not null && claim.PatientId == other.PatientId
            || claim.Subscriber.MemberId is not null && claim.Subscriber.MemberId == other.Subscriber.MemberId
               && claim.Patient.GivenName == other.Patient.GivenName && claim.Patient.BirthDate == other.Patient.BirthDate);
}
