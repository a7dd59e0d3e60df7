namespace Mesh.Grains.Denials.Model;

/// <summary>What a biller can do about a feature that pushed a claim toward denial.</summary>
public static class ContributionFixes
{
    /// <summary>The fix for <paramref name="feature"/> (a readable feature name), or null when there is nothing to change.</summary>
    public static string? For(string feature)
    {
        var equals = feature.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? feature : feature[..equals];
        var value = equals < 0 ? string.Empty : feature[(equals + 1)..];
        return name switch
        {
            "prior_authorization" => "Claims like this one were denied without prior authorization: obtain it and send its number in REF*G1.",
            "days_to_submission" => "Claims submitted this late were denied by this payer: submit sooner, or attach proof of timely filing.",
            "payer_procedure" => $"{value.Replace("|", " has denied ", StringComparison.Ordinal)} often in this clinic's history: check its authorization and documentation rules.",
            "procedure_modifiers" => $"Check the modifiers of {value.Split('-')[0]}: this combination was often denied.",
            "diagnosis_category" => "Check that the diagnoses support the medical necessity of every procedure on the claim.",
            "diagnosis_count" => "Check that every line points at a diagnosis that supports it.",
            _ => null,
        };
    }
}
