using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>Modifiers that contradict each other or their line: LT with RT, 26 with TC, 59 with an X modifier, 25 off a visit.</summary>
public sealed class ConflictingModifierRule : IRiskRule
{
    private static readonly string[] DistinctServiceSubsets = ["XE", "XP", "XS", "XU"];

    /// <inheritdoc />
    public string Name => "modifier_conflict";

    /// <inheritdoc />
    public double Weight => 0.6;

    /// <inheritdoc />
    public IEnumerable<RiskFinding> Check(ClaimRecord claim, RiskContext context)
    {
        foreach (var line in claim.Lines)
        {
            var modifiers = line.Modifiers.Select(modifier => modifier.ToUpperInvariant()).ToHashSet();
            if (modifiers.Contains("LT") && modifiers.Contains("RT"))
            {
                yield return Finding(line, "LT and RT", "Bill a bilateral procedure with modifier 50 (or two lines, one LT and one RT) as the payer asks.");
            }

            if (modifiers.Contains("26") && modifiers.Contains("TC"))
            {
                yield return Finding(line, "26 and TC", "Bill the global service without either modifier, or only the component the clinic performed.");
            }

            if (modifiers.Contains("59") && DistinctServiceSubsets.FirstOrDefault(modifiers.Contains) is { } subset)
            {
                yield return Finding(line, $"59 and {subset}", $"Keep the more specific {subset} and drop 59.");
            }

            if (modifiers.Contains("25") && !ProcedureCodes.IsOfficeVisit(line.ProcedureCode))
            {
                yield return Finding(line, "25 on a code that is not a visit", $"Move modifier 25 to the visit line; {line.ProcedureCode} does not take it.");
            }
        }
    }

    private RiskFinding Finding(ClaimLine line, string what, string fix) =>
        new(Name, $"Line {line.Number} ({line.ProcedureCode}) carries {what}.", fix, line.Number);
}
