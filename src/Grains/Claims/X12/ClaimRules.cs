using System.Globalization;
using Mesh.Grains.Claims.CodeSets;

namespace Mesh.Grains.Claims.X12;

/// <summary>The checks that need a whole claim: required loops and segments, the total, diagnosis codes and
/// pointers, the frequency code.</summary>
internal static class ClaimRules
{
    private static readonly HashSet<string> ProfessionalFrequencies = ["1", "7", "8"];
    private static readonly HashSet<string> InstitutionalFrequencies = ["0", "1", "2", "3", "4", "5", "7", "8", "9"];

    public static void Check(ClaimDraft claim, ClaimKind kind, IDiagnosisCodeLookup? icd10)
    {
        var issues = claim.Issues;
        var clm = claim.Clm;
        var frequency = clm.Component(5, 3);
        if (frequency.Length > 0 && !(kind == ClaimKind.Professional ? ProfessionalFrequencies : InstitutionalFrequencies).Contains(frequency))
        {
            issues.Add(clm, 5, 3, X12IssueCodes.FrequencyCode, $"CLM05-3 '{X12Text.Shown(frequency)}' is not a claim frequency code of a {kind.ToString().ToLowerInvariant()} claim.");
        }

        CheckDiagnoses(claim, icd10);
        if (kind == ClaimKind.Institutional && !claim.HasStatementDates)
        {
            issues.MissingSegment(clm, "DTP", "2300 (statement dates, DTP*434)");
        }

        if (claim.Lines.Count == 0)
        {
            issues.MissingSegment(clm, "LX", "2400");
            return;
        }

        foreach (var line in claim.Lines)
        {
            CheckLine(claim, line, kind);
        }

        var sum = claim.Lines.Sum(l => l.Charge);
        if (sum != claim.Total && !issues.Any(i => i.Code == X12IssueCodes.InvalidAmount))
        {
            issues.Add(clm, 2, null, X12IssueCodes.TotalMismatch, $"CLM02 {claim.Total} differs from the sum of the line charges {sum}.");
        }
    }

    private static void CheckDiagnoses(ClaimDraft claim, IDiagnosisCodeLookup? icd10)
    {
        if (!claim.Diagnoses.Any(d => d.Diagnosis.Qualifier == "ABK"))
        {
            claim.Issues.MissingSegment(claim.Clm, "HI", "2300 (principal diagnosis, HI*ABK)");
        }

        foreach (var (diagnosis, hi, element) in claim.Diagnoses)
        {
            var code = diagnosis.Code;
            if (code.Length == 0)
            {
                continue;
            }

            if (!ClaimCodeShapes.IsIcd10Cm(code))
            {
                claim.Issues.Add(hi, element, 2, X12IssueCodes.Icd10Shape, $"HI{element:00}-2 '{X12Text.Shown(code)}' is not shaped like an ICD-10-CM code (no dot, e.g. E119).");
            }
            else if (icd10?.Find(code) is { } match && !match.Known)
            {
                claim.Issues.Add(hi, element, 2, X12IssueCodes.Icd10Unknown, $"HI{element:00}-2 '{X12Text.Shown(code)}' is not in the loaded ICD-10-CM code set.");
            }
            else if (icd10?.Find(code) is { Billable: false })
            {
                claim.Issues.Add(hi, element, 2, X12IssueCodes.Icd10NotBillable, $"HI{element:00}-2 '{X12Text.Shown(code)}' is a category or header, not a billable ICD-10-CM code; use a more specific code.");
            }
        }
    }

    private static void CheckLine(ClaimDraft claim, LineDraft line, ClaimKind kind)
    {
        if (line.Service is not { } service)
        {
            claim.Issues.MissingSegment(line.Lx, kind == ClaimKind.Professional ? "SV1" : "SV2", "2400");
            return;
        }

        if (kind == ClaimKind.Professional && !line.HasServiceDate)
        {
            claim.Issues.MissingSegment(line.Lx, "DTP", "2400 (service date, DTP*472)");
        }

        if (kind != ClaimKind.Professional)
        {
            return;
        }

        var pointers = service.Components(7);
        for (var component = 1; component <= Math.Min(pointers.Length, 4); component++)
        {
            if (int.TryParse(pointers[component - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var pointer) && pointer is >= 1 and <= 12 && pointer > claim.Diagnoses.Count)
            {
                claim.Issues.Add(service, 7, component, X12IssueCodes.DiagnosisPointer,
                    $"SV107-{component} points at diagnosis {pointer}; the claim has {claim.Diagnoses.Count}.");
            }
        }
    }
}
