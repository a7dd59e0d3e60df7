using Microsoft.ML.Data;

namespace Mesh.Grains.Denials.Model;

/// <summary>What the model sees of a claim. Bags of codes are variable-length: a claim has one to many lines.</summary>
public sealed class ClaimFeatures
{
    /// <summary>Whether the claim was denied (the label; false when scoring).</summary>
    public bool Label { get; set; }

    /// <summary>The payer id.</summary>
    public string Payer { get; set; } = string.Empty;

    /// <summary>Place of service (CLM05-1).</summary>
    public string PlaceOfService { get; set; } = string.Empty;

    /// <summary>Every line's procedure code.</summary>
    [VectorType]
    public string[] Procedures { get; set; } = [];

    /// <summary>Every line's procedure code with its modifiers, e.g. <c>99213-25</c>, and <c>99213-none</c> without.</summary>
    [VectorType]
    public string[] Modifiers { get; set; } = [];

    /// <summary>Payer and procedure together, so one payer's habit with one code can be learned.</summary>
    [VectorType]
    public string[] PayerProcedures { get; set; } = [];

    /// <summary>The diagnoses' ICD-10-CM chapters (first letter) and categories (first three characters).</summary>
    [VectorType]
    public string[] DiagnosisCategories { get; set; } = [];

    /// <summary>How many diagnoses the claim carries.</summary>
    public float DiagnosisCount { get; set; }

    /// <summary>How many service lines.</summary>
    public float LineCount { get; set; }

    /// <summary>The total billed.</summary>
    public float BilledAmount { get; set; }

    /// <summary>Days from the first date of service to submission.</summary>
    public float DaysToSubmission { get; set; }

    /// <summary>1 when the claim carries a prior authorization number.</summary>
    public float PriorAuthorization { get; set; }
}
