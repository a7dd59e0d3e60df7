using Mesh.Grains.Claims;

namespace Mesh.Grains.Agents.Tools;

/// <summary>
/// Prices a claim's lines against the payer's rate card and its remittances. Money is computed here, never by a model:
/// the model may only repeat these figures, and the grounding check holds it to them.
/// </summary>
public static class ContractMath
{
    /// <summary>Each claim line with its allowed amount, netdown, expected payment and what was paid.</summary>
    public static IReadOnlyList<ContractLine> Price(ClaimFolder folder, IReadOnlyList<ContractRate> rates)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(rates);
        var paidLines = folder.Remittances.SelectMany(r => r.Lines).ToList();
        return [.. folder.Claim.Lines.Select(line =>
        {
            var day = line.ServiceDate ?? folder.Claim.ServiceFrom;
            var rate = RateFor(rates, line, day);
            var paid = paidLines.Where(p => Matches(p, line)).ToList();
            return new ContractLine(
                line.Number,
                line.ProcedureCode,
                line.Charge,
                rate is null ? null : decimal.Round(rate.Allowed * line.Units, 2),
                paid.SelectMany(p => p.Adjustments).Where(a => a.Group == "PR").Sum(a => a.Amount),
                paid.Count == 0 ? null : paid.Sum(p => p.Paid));
        })];
    }

    private static ContractRate? RateFor(IReadOnlyList<ContractRate> rates, ClaimLine line, DateOnly? day) =>
        rates.Where(r => string.Equals(r.ProcedureCode, line.ProcedureCode, StringComparison.OrdinalIgnoreCase)
                && (r.Modifier is null || line.Modifiers.Contains(r.Modifier, StringComparer.OrdinalIgnoreCase))
                && (day is null || ((r.EffectiveFrom is null || r.EffectiveFrom <= day) && (r.EffectiveTo is null || day <= r.EffectiveTo))))
            // A rate for the exact modifier beats the code's general rate.
            .OrderByDescending(r => r.Modifier is not null)
            .FirstOrDefault();

    private static bool Matches(RemittanceLine paid, ClaimLine line) =>
        paid.LineControlNumber is not null && line.LineControlNumber is not null
            ? paid.LineControlNumber == line.LineControlNumber
            : string.Equals(paid.ProcedureCode, line.ProcedureCode, StringComparison.OrdinalIgnoreCase);
}
