using Mesh.Grains.Claims;
using Mesh.Grains.Denials.Risk;

namespace Mesh.Grains.Denials.Model;

/// <summary>Turns a claim into the model's features.</summary>
public static class ClaimFeatureExtractor
{
    // A bag must never be empty: ML.NET's key mapping needs a value to look up.
    private const string None = "none";

    /// <summary>The features of <paramref name="claim"/>, labelled <paramref name="denied"/>.</summary>
    public static ClaimFeatures From(ClaimRecord claim, bool denied = false)
    {
        var procedures = claim.Lines.Select(line => line.ProcedureCode).Distinct().ToArray();
        return new ClaimFeatures
        {
            Label = denied,
            Payer = claim.Payer.Id,
            PlaceOfService = claim.PlaceOfService,
            Procedures = NotEmpty(procedures),
            Modifiers = NotEmpty(claim.Lines
                .Select(line => $"{line.ProcedureCode}-{(line.Modifiers.Count == 0 ? None : string.Join('-', line.Modifiers))}")
                .Distinct().ToArray()),
            PayerProcedures = NotEmpty(procedures.Select(code => $"{claim.Payer.Id}|{code}").ToArray()),
            DiagnosisCategories = NotEmpty(claim.Diagnoses.Where(diagnosis => diagnosis.Code.Length > 0)
                .SelectMany(diagnosis => new[] { diagnosis.Code[..1], diagnosis.Code[..Math.Min(3, diagnosis.Code.Length)] })
                .Distinct().ToArray()),
            DiagnosisCount = claim.Diagnoses.Count,
            LineCount = claim.Lines.Count,
            BilledAmount = (float)claim.TotalCharge,
            DaysToSubmission = ClaimDates.DaysToSubmission(claim) ?? 0,
            PriorAuthorization = string.IsNullOrWhiteSpace(claim.PriorAuthorization) ? 0 : 1,
        };
    }

    private static string[] NotEmpty(string[] values) => values.Length == 0 ? [None] : values;
}
