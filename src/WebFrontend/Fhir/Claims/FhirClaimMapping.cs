using System.Globalization;
using Hl7.Fhir.Model;
using Mesh.Grains.Claims;
using Mesh.WebFrontend.Claims;

namespace Mesh.WebFrontend.Fhir.Claims;

/// <summary>Where a FHIR Claim stands in the import: whose it is, which version, from which bundle.</summary>
/// <param name="PatientId">The Mesh patient id the Claim's patient reference resolves to.</param>
/// <param name="Patient">The patient as the claim names them (from the imported Patient or the record).</param>
/// <param name="Token">The version token of the Claim (<see cref="FhirBilling.VersionToken"/>).</param>
/// <param name="BundleId">The id of the bundle that carried it, when it has one.</param>
/// <param name="Now">When Mesh received it.</param>
internal sealed record FhirClaimContext(string PatientId, ClaimPerson Patient, string Token, string? BundleId, DateTimeOffset Now);

/// <summary>
/// Maps a FHIR R4 Claim onto the <see cref="ClaimRecord"/> an 837 gives, so it is stored, scored, listed and paid the
/// same way; or names the field that keeps it from being a claim.
/// </summary>
internal static class FhirClaimMapping
{
    /// <summary>An 837I carries at most 999 service lines; a longer claim is no claim a payer takes.</summary>
    public const int MaxLines = 999;

    private static readonly string[] ProcedureSystems = ["cpt", "hcpcs"];

    public static (ClaimRecord? Claim, FhirIssue? Issue) Map(Claim claim, string path, FhirClaimContext context, FhirLinks links)
    {
        var id = claim.Id;
        // The planner already holds every id to the record id rule, which claim ids share; this guards other callers.
        if (id is null || !ClaimIds.IsValid(id))
        {
            return (null, FhirBilling.Unprocessable($"Claim id '{id}' cannot be a claim id (letters, digits, '.', '-', '_', starting with a letter or digit).", $"{path}.id"));
        }

        var focal = claim.Insurance.FirstOrDefault(i => i.Focal == true) ?? claim.Insurance.FirstOrDefault();
        if (FhirParties.Payer(focal?.Coverage, claim.Insurer, claim, links) is not { } payer)
        {
            return (null, FhirBilling.Unprocessable("The claim names no payer: give insurance.coverage or insurer.", $"{path}.insurance"));
        }

        if (claim.Item.Count is 0 or > MaxLines)
        {
            return (null, FhirBilling.Unprocessable($"A claim has 1 to {MaxLines} items; this one has {claim.Item.Count}.", $"{path}.item"));
        }

        if (FhirBilling.TooLarge(Amounts(claim, path)) is { } tooLarge)
        {
            return (null, tooLarge);
        }

        var (diagnoses, pointers) = Diagnoses(claim, context.PatientId, links);
        var lines = new List<ClaimLine>(claim.Item.Count);
        for (var k = 0; k < claim.Item.Count; k++)
        {
            var (line, issue) = Line(claim.Item[k], $"{path}.item[{k}]", k + 1, pointers);
            if (issue is not null)
            {
                return (null, issue);
            }

            lines.Add(line!);
        }

        var total = FhirBilling.Money(claim.Total) ?? lines.Sum(l => l.Charge);
        if (total < 0)
        {
            return (null, FhirBilling.Unprocessable("The claim's total is negative.", $"{path}.total"));
        }

        var days = lines.Select(l => l.ServiceDate).OfType<DateOnly>().ToList();
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var record = new ClaimRecord(
            id,
            Code(claim.Type) == "institutional" ? ClaimKind.Institutional : ClaimKind.Professional,
            payer,
            FhirParties.Provider(claim.Provider, claim, links) ?? new ClaimProvider("", "", null),
            claim.CareTeam.Select(t => FhirParties.Provider(t.Provider, claim, links)).FirstOrDefault(p => p is not null),
            context.Patient with { MemberId = (links.Resolve(focal?.Coverage, claim) as Coverage)?.SubscriberId ?? context.Patient.MemberId },
            context.Patient with { MemberId = null },
            context.PatientId,
            total,
            lines.Select(l => l.PlaceOfService).FirstOrDefault(p => p is not null) ?? "",
            claim.Status is FinancialResourceStatusCodes.Cancelled or FinancialResourceStatusCodes.EnteredInError ? "8" : "1",
            focal?.PreAuthRef.FirstOrDefault(),
            FhirBilling.Day(claim.BillablePeriod?.Start) ?? (days.Count > 0 ? days.Min() : null),
            FhirBilling.Day(claim.BillablePeriod?.End) ?? (days.Count > 0 ? days.Max() : null),
            diagnoses,
            lines,
            new ClaimSubmission(FhirBilling.Sender, "Mesh", context.Token, context.BundleId ?? "", FhirBilling.Day(claim.Created) ?? today, context.Now));
        return (record, null);
    }

    private static IEnumerable<(decimal?, string)> Amounts(Claim claim, string path)
    {
        yield return (claim.Total?.Value, $"{path}.total");
        for (var k = 0; k < claim.Item.Count; k++)
        {
            var item = claim.Item[k];
            yield return (item.Net?.Value, $"{path}.item[{k}].net");
            yield return (item.UnitPrice?.Value, $"{path}.item[{k}].unitPrice");
            yield return (item.Quantity?.Value, $"{path}.item[{k}].quantity");
            yield return (item.Factor, $"{path}.item[{k}].factor");
        }
    }

    /// <summary>Whether the Claim asks to be paid: a preauthorization or predetermination, or a draft, is kept with the patient only.</summary>
    public static bool IsForPayment(Claim claim) =>
        claim.Use is null or ClaimUseCode.Claim && claim.Status is not FinancialResourceStatusCodes.Draft;

    /// <summary>
    /// The claim's ICD-10 diagnoses, principal first as X12 orders them, and each FHIR diagnosis sequence's 1-based
    /// position among them (a diagnosis without an ICD-10 coding has none: X12 carries no other code system).
    /// </summary>
    private static (List<ClaimDiagnosis> Diagnoses, Dictionary<int, int> Pointers) Diagnoses(Claim claim, string patientId, FhirLinks links)
    {
        var diagnoses = new List<ClaimDiagnosis>();
        var pointers = new Dictionary<int, int>();
        var ordered = claim.Diagnosis.OrderByDescending(d => d.Type.Any(t => Code(t) == "principal")).ThenBy(d => d.Sequence ?? int.MaxValue);
        foreach (var diagnosis in ordered)
        {
            var code = diagnosis.Diagnosis switch
            {
                CodeableConcept concept => FhirBilling.Icd10(concept),
                ResourceReference reference => links.Icd10OfCondition(reference, claim, patientId),
                _ => null,
            };
            if (code is null)
            {
                continue;
            }

            diagnoses.Add(new ClaimDiagnosis(code, diagnoses.Count == 0 ? "ABK" : "ABF", diagnoses.Count + 1));
            if (diagnosis.Sequence is { } sequence)
            {
                pointers.TryAdd(sequence, diagnoses.Count);
            }
        }

        return (diagnoses, pointers);
    }

    private static (ClaimLine? Line, FhirIssue? Issue) Line(Claim.ItemComponent item, string path, int position, Dictionary<int, int> pointers)
    {
        if (FhirBilling.Code(item.ProductOrService, ProcedureSystems) is not { } procedure || !FhirBilling.IsCode(procedure))
        {
            return (null, FhirBilling.Unprocessable($"The item has no productOrService code of up to {FhirBilling.MaxCodeLength} letters and digits.", $"{path}.productOrService"));
        }

        var modifiers = item.Modifier.Select(m => FhirBilling.Code(m)).OfType<string>().ToList();
        if (modifiers.Count > 4 || modifiers.Any(m => !FhirBilling.IsCode(m)))
        {
            return (null, FhirBilling.Unprocessable("An item has up to four modifier codes.", $"{path}.modifier"));
        }

        var units = item.Quantity?.Value ?? 1m;
        var charge = FhirBilling.Money(item.Net)
            ?? (FhirBilling.Money(item.UnitPrice) is { } price ? Math.Round(price * units * (item.Factor ?? 1m), 2, MidpointRounding.AwayFromZero) : 0m);
        if (charge < 0 || units < 0)
        {
            return (null, FhirBilling.Unprocessable("The item's charge and quantity cannot be negative.", $"{path}.net"));
        }

        var revenue = FhirBilling.Code(item.Revenue);
        return (new ClaimLine(
            item.Sequence ?? position,
            procedure,
            modifiers,
            charge,
            units,
            FhirBilling.ServiceDay(item.Serviced),
            item.Location is CodeableConcept place && FhirBilling.Code(place) is { } pos && FhirBilling.IsCode(pos) ? pos : null,
            [.. item.DiagnosisSequence.Select(s => s is { } n && pointers.TryGetValue(n, out var pointer) ? pointer : 0).Where(p => p > 0)],
            revenue is not null && FhirBilling.IsCode(revenue) ? revenue : null,
            (item.Sequence ?? position).ToString(CultureInfo.InvariantCulture)), null);
    }

    private static string? Code(CodeableConcept? concept) => FhirBilling.Code(concept);
}
