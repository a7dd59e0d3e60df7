namespace Mesh.Grains.Denials.Appeals;

/// <summary>Reads what an appeal must argue from the denial's reason codes (CARC) and the contract.</summary>
public static class AppealKinds
{
    private static readonly Dictionary<string, AppealKind> ByReason = new(StringComparer.OrdinalIgnoreCase)
    {
        ["15"] = AppealKind.Authorization, ["197"] = AppealKind.Authorization, ["198"] = AppealKind.Authorization,
        ["62"] = AppealKind.Authorization, ["50"] = AppealKind.MedicalNecessity, ["55"] = AppealKind.MedicalNecessity,
        ["56"] = AppealKind.MedicalNecessity, ["150"] = AppealKind.MedicalNecessity, ["151"] = AppealKind.MedicalNecessity,
        ["4"] = AppealKind.Coding, ["5"] = AppealKind.Coding, ["6"] = AppealKind.Coding, ["7"] = AppealKind.Coding,
        ["8"] = AppealKind.Coding, ["9"] = AppealKind.Coding, ["11"] = AppealKind.Coding, ["16"] = AppealKind.Coding,
        ["97"] = AppealKind.Coding, ["29"] = AppealKind.TimelyFiling, ["18"] = AppealKind.Duplicate,
    };

    /// <summary>
    /// The kind of the first adjustment whose reason names one; an underpayment when the contract shows a shortfall and
    /// no reason does; medical necessity otherwise, the most common ground of appeal.
    /// </summary>
    public static AppealKind Infer(AppealFacts facts)
    {
        foreach (var adjustment in facts.Denial.AllAdjustments)
        {
            if (ByReason.TryGetValue(adjustment.Reason, out var kind))
            {
                return kind;
            }
        }

        return facts.Contract.Any(term => term.Shortfall > 0) ? AppealKind.Underpayment : AppealKind.MedicalNecessity;
    }
}
