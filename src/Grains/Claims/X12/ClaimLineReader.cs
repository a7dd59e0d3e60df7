using System.Globalization;

namespace Mesh.Grains.Claims.X12;

/// <summary>Reads the diagnoses (HI) of loop 2300 and the service lines (LX, SV1, SV2) of loop 2400.</summary>
internal static class ClaimLineReader
{
    // ICD-10-CM qualifiers: principal, other, admitting, patient's reason for visit.
    private static readonly HashSet<string> DiagnosisQualifiers = ["ABK", "ABF", "ABJ", "APR"];
    private static readonly HashSet<string> Icd9Qualifiers = ["BK", "BF", "BJ", "PR"];

    public static void ReadDiagnoses(ClaimDraft claim, X12Segment hi)
    {
        for (var element = 1; element <= hi.ElementCount; element++)
        {
            var qualifier = hi.Component(element, 1);
            if (Icd9Qualifiers.Contains(qualifier))
            {
                claim.Issues.Add(hi, element, 1, X12IssueCodes.InvalidCode, $"HI{element:00}-1 '{X12Text.Shown(qualifier)}' is an ICD-9 qualifier; 5010 claims carry ICD-10-CM (ABK, ABF).");
            }

            if (!DiagnosisQualifiers.Contains(qualifier))
            {
                continue;
            }

            var code = claim.Issues.Required(hi, element, 2, "diagnosis code");
            claim.Diagnoses.Add((new ClaimDiagnosis(code, qualifier, claim.Diagnoses.Count + 1), hi, element));
        }
    }

    public static void StartLine(ClaimDraft claim, X12Segment lx, out LineDraft line)
    {
        var number = claim.Issues.Required(lx, 1, "line number");
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && number.Length > 0)
        {
            claim.Issues.Add(lx, 1, null, X12IssueCodes.InvalidQuantity, $"LX01 '{X12Text.Shown(number)}' is not a line number.");
        }

        line = new LineDraft(lx, parsed);
        claim.Lines.Add(line);
    }

    public static void ReadProfessional(ClaimDraft claim, LineDraft line, X12Segment sv1)
    {
        line.Service = sv1;
        ReadProcedure(claim.Issues, line, sv1, 1, required: true);
        line.Charge = claim.Issues.Amount(sv1, 2, "line charge");
        line.Units = Units(claim.Issues, sv1, 4);
        line.PlaceOfService = sv1.Has(5) ? sv1[5] : null;
        var pointers = sv1.Components(7);
        claim.Issues.Required(sv1, 7, 1, "diagnosis pointer");
        for (var component = 1; component <= Math.Min(pointers.Length, 4); component++)
        {
            var pointer = pointers[component - 1];
            if (pointer.Length == 0)
            {
                continue;
            }

            if (int.TryParse(pointer, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 12)
            {
                line.Pointers.Add(value);
            }
            else
            {
                claim.Issues.Add(sv1, 7, component, X12IssueCodes.DiagnosisPointer, $"SV107-{component} '{X12Text.Shown(pointer)}' is not a diagnosis pointer (1-12).");
            }
        }
    }

    public static void ReadInstitutional(ClaimDraft claim, LineDraft line, X12Segment sv2)
    {
        line.Service = sv2;
        var revenue = claim.Issues.Required(sv2, 1, "revenue code");
        if (revenue.Length > 0 && (revenue.Length != 4 || !revenue.All(char.IsAsciiDigit)))
        {
            claim.Issues.Add(sv2, 1, null, X12IssueCodes.InvalidCode, $"SV201 '{X12Text.Shown(revenue)}' is not a four-digit revenue code.");
        }

        line.RevenueCode = revenue;
        if (sv2.Has(2))
        {
            ReadProcedure(claim.Issues, line, sv2, 2, required: false);
        }

        line.Charge = claim.Issues.Amount(sv2, 3, "line charge");
        line.Units = Units(claim.Issues, sv2, 5);
    }

    private static void ReadProcedure(X12IssueList issues, LineDraft line, X12Segment service, int element, bool required)
    {
        var qualifier = issues.Required(service, element, 1, "product or service id qualifier");
        if (qualifier.Length > 0 && qualifier != "HC")
        {
            issues.Add(service, element, 1, X12IssueCodes.InvalidCode, $"{service.Id}{element:00}-1 '{X12Text.Shown(qualifier)}' is not HC (HCPCS/CPT).");
        }

        var code = required ? issues.Required(service, element, 2, "procedure code") : service.Component(element, 2);
        if (code.Length > 0 && !ClaimCodeShapes.IsProcedureCode(code))
        {
            issues.Add(service, element, 2, X12IssueCodes.ProcedureCodeShape, $"{service.Id}{element:00}-2 '{X12Text.Shown(code)}' is not shaped like a HCPCS or CPT code.");
        }

        line.ProcedureCode = code;
        for (var component = 3; component <= 6; component++)
        {
            var modifier = service.Component(element, component);
            if (modifier.Length == 0)
            {
                continue;
            }

            if (!ClaimCodeShapes.IsModifier(modifier))
            {
                issues.Add(service, element, component, X12IssueCodes.ModifierShape, $"{service.Id}{element:00}-{component} '{X12Text.Shown(modifier)}' is not a procedure modifier.");
            }

            line.Modifiers.Add(modifier);
        }
    }

    private static decimal Units(X12IssueList issues, X12Segment service, int element)
    {
        var value = issues.Required(service, element, "units");
        if (value.Length == 0)
        {
            return 0;
        }

        if (X12Values.TryDecimal(value, out var units) && units > 0)
        {
            return units;
        }

        issues.Add(service, element, null, X12IssueCodes.InvalidQuantity, $"{service.Id}{element:00} '{X12Text.Shown(value)}' is not a positive quantity.");
        return 0;
    }
}
