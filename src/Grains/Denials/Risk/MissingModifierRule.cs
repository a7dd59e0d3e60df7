using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>
/// An office visit billed on the same day as a procedure without modifier 25: payers bundle the visit into the
/// procedure unless the visit is marked significant and separately identifiable.
/// </summary>
public sealed class MissingModifierRule : IRiskRule
{
    /// <inheritdoc />
    public string Name => "modifier_missing";

    /// <inheritdoc />
    public double Weight => 0.6;

    /// <inheritdoc />
    public IEnumerable<RiskFinding> Check(ClaimRecord claim, RiskContext context)
    {
        var procedureDays = claim.Lines.Where(line => ProcedureCodes.IsProcedure(line.ProcedureCode))
            .Select(line => ClaimDates.Of(claim, line)).ToHashSet();
        foreach (var visit in claim.Lines.Where(line => ProcedureCodes.IsOfficeVisit(line.ProcedureCode)))
        {
            if (procedureDays.Contains(ClaimDates.Of(claim, visit)) && !visit.Modifiers.Contains("25"))
            {
                yield return new RiskFinding(
                    Name,
                    $"Visit {visit.ProcedureCode} is billed the same day as a procedure without modifier 25.",
                    $"Add modifier 25 to {visit.ProcedureCode} if the notes document a separate evaluation; otherwise remove the visit line.",
                    visit.Number);
            }
        }
    }
}
