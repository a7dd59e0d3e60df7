namespace Mesh.Grains.Denials.Model;

/// <summary>Readable names of the model's feature slots, e.g. <c>payer_procedure=BCX|97110</c>, for explanations.</summary>
public static class FeatureNames
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        [nameof(ClaimFeatures.Payer)] = "payer",
        [nameof(ClaimFeatures.PlaceOfService)] = "place_of_service",
        [nameof(ClaimFeatures.Procedures)] = "procedure",
        [nameof(ClaimFeatures.Modifiers)] = "procedure_modifiers",
        [nameof(ClaimFeatures.PayerProcedures)] = "payer_procedure",
        [nameof(ClaimFeatures.DiagnosisCategories)] = "diagnosis_category",
        [nameof(ClaimFeatures.DiagnosisCount)] = "diagnosis_count",
        [nameof(ClaimFeatures.LineCount)] = "line_count",
        [nameof(ClaimFeatures.BilledAmount)] = "billed_amount",
        [nameof(ClaimFeatures.DaysToSubmission)] = "days_to_submission",
        [nameof(ClaimFeatures.PriorAuthorization)] = "prior_authorization",
    };

    /// <summary>The readable name of ML.NET's slot name <paramref name="slot"/> (<c>Column</c> or <c>Column.Value</c>).</summary>
    public static string Readable(string slot)
    {
        var dot = slot.IndexOf('.', StringComparison.Ordinal);
        var column = dot < 0 ? slot : slot[..dot];
        var name = Columns.GetValueOrDefault(column, column);
        return dot < 0 ? name : $"{name}={slot[(dot + 1)..]}";
    }

    /// <summary>The columns that are bags or categories of values, one-hot encoded.</summary>
    public static IReadOnlyList<string> Categorical { get; } =
    [
        nameof(ClaimFeatures.Payer), nameof(ClaimFeatures.PlaceOfService), nameof(ClaimFeatures.Procedures), nameof(ClaimFeatures.Modifiers),
        nameof(ClaimFeatures.PayerProcedures), nameof(ClaimFeatures.DiagnosisCategories),
    ];

    /// <summary>The numeric columns, used as they are.</summary>
    public static IReadOnlyList<string> Numeric { get; } =
    [
        nameof(ClaimFeatures.DiagnosisCount), nameof(ClaimFeatures.LineCount), nameof(ClaimFeatures.BilledAmount),
        nameof(ClaimFeatures.DaysToSubmission), nameof(ClaimFeatures.PriorAuthorization),
    ];
}
