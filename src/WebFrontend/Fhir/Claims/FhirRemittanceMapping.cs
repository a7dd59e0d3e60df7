using System.Globalization;
using Hl7.Fhir.Model;
using Mesh.Grains.Claims;
using Mesh.Grains.Claims.X12;
using Mesh.WebFrontend.Claims;

namespace Mesh.WebFrontend.Fhir.Claims;

/// <summary>
/// Maps a FHIR R4 ExplanationOfBenefit onto the <see cref="RemittancePayment"/> an 835's CLP loop gives, so it is
/// applied to the claim it names as an 835 payment is. The payer claim number is the EOB's id, so a newer version of
/// the same EOB finds the payment it replaces; the status code is the CLP02 the EOB's outcome corresponds to.
/// </summary>
internal static class FhirRemittanceMapping
{
    /// <summary>Whether the EOB reports a payment: a draft, a preauthorization or a predetermination reports none.</summary>
    public static bool IsForPayment(ExplanationOfBenefit eob) =>
        eob.Use is null or ClaimUseCode.Claim && eob.Status is not ExplanationOfBenefit.ExplanationOfBenefitStatus.Draft;

    /// <summary>Whether the payer withdrew the EOB: its payment no longer counts, and it pays nothing in its place.</summary>
    public static bool IsCancelled(ExplanationOfBenefit eob) =>
        eob.Status is ExplanationOfBenefit.ExplanationOfBenefitStatus.Cancelled or ExplanationOfBenefit.ExplanationOfBenefitStatus.EnteredInError;

    /// <summary>
    /// The payment the EOB reports, or null with a note when it reports none yet (queued and not withdrawn) or names no claim Mesh can
    /// match; an issue that is an error when its amounts cannot be a payment.
    /// </summary>
    public static (RemittancePayment? Payment, FhirIssue? Issue) Map(ExplanationOfBenefit eob, string path, string token, DateTimeOffset now, FhirLinks links)
    {
        // A withdrawn EOB reverses its earlier payment whatever outcome it names: a payer that withdraws one still queued
        // has not paid it yet, but the version before may have.
        if (eob.Outcome == ClaimProcessingCodes.Queued && !IsCancelled(eob))
        {
            return (null, FhirIssue.Information("The payer has not adjudicated this claim yet (outcome queued): kept with the patient, no payment applied.", $"{path}.outcome"));
        }

        var claimId = links.IdOf(eob.Claim, eob, "Claim");
        if (!ClaimIds.IsValid(claimId))
        {
            return (null, FhirBilling.Warning("The EOB names no claim of your clinic (claim): kept with the patient, no payment applied.", $"{path}.claim"));
        }

        if (FhirBilling.TooLarge(Amounts(eob, path)) is { } tooLarge)
        {
            return (null, tooLarge);
        }

        var lines = eob.Item.Select(Line).ToList();
        var header = FhirAdjudications.Read(eob.Adjudication);
        var totals = FhirAdjudications.Read(eob.Total.Select(t => new ExplanationOfBenefit.AdjudicationComponent { Category = t.Category, Amount = t.Amount }));
        var billed = totals.Submitted ?? header.Submitted ?? lines.Sum(l => l.Billed);
        var paid = FhirBilling.Money(eob.Payment?.Amount) ?? totals.Paid ?? header.Paid ?? lines.Sum(l => l.Paid);
        var adjustments = header.Adjustments.Concat(lines.SelectMany(l => l.Adjustments)).ToList();
        if (billed < 0 || paid < 0 || adjustments.Any(a => a.Amount < 0) || lines.Any(l => l.Billed < 0 || l.Paid < 0))
        {
            return (null, FhirBilling.Unprocessable("The EOB's amounts cannot be negative; send a corrected version of the EOB instead.", $"{path}.payment"));
        }

        var patient = adjustments.Where(ClaimLedger.IsPatientResponsibility).Sum(a => a.Amount);
        var status = StatusOf(eob.Outcome, paid, billed, patient, adjustments);
        var focal = eob.Insurance.FirstOrDefault(i => i.Focal == true) ?? eob.Insurance.FirstOrDefault();
        var source = new RemittanceSource(
            FhirParties.Payer(focal?.Coverage, eob.Insurer, eob, links) ?? new ClaimParty("unknown", "unknown"),
            eob.Payment?.Identifier?.Value ?? eob.Id ?? "",
            FhirBilling.Day(eob.Payment?.Date) ?? FhirBilling.Day(eob.Created),
            token,
            now);
        return (new RemittancePayment(claimId!, eob.Id, status == RemittanceStatus.Denied ? "4" : "1", status, billed, paid, patient,
            header.Adjustments, header.Remarks, lines, source), null);
    }

    /// <summary>
    /// Denied when the payer says the processing failed, or pays nothing while giving a reason or leaving nothing to the
    /// patient; partial when it says so or a reason reduces the payment beyond the contract; paid otherwise.
    /// </summary>
    private static RemittanceStatus StatusOf(ClaimProcessingCodes? outcome, decimal paid, decimal billed, decimal patient, List<RemittanceAdjustment> adjustments)
    {
        var reducing = adjustments.Where(RemittanceStatuses.Reduces).ToList();
        if (outcome == ClaimProcessingCodes.Error || paid == 0 && billed > 0 && (reducing.Count > 0 || patient == 0))
        {
            return RemittanceStatus.Denied;
        }

        return outcome == ClaimProcessingCodes.Partial || reducing.Count > 0 ? RemittanceStatus.Partial : RemittanceStatus.Paid;
    }

    private static IEnumerable<(decimal?, string)> Amounts(ExplanationOfBenefit eob, string path)
    {
        yield return (eob.Payment?.Amount?.Value, $"{path}.payment.amount");
        for (var k = 0; k < eob.Total.Count; k++)
        {
            yield return (eob.Total[k].Amount?.Value, $"{path}.total[{k}].amount");
        }

        for (var k = 0; k < eob.Adjudication.Count; k++)
        {
            yield return (eob.Adjudication[k].Amount?.Value, $"{path}.adjudication[{k}].amount");
        }

        for (var k = 0; k < eob.Item.Count; k++)
        {
            var item = eob.Item[k];
            yield return (item.Net?.Value, $"{path}.item[{k}].net");
            yield return (item.Quantity?.Value, $"{path}.item[{k}].quantity");
            for (var j = 0; j < item.Adjudication.Count; j++)
            {
                yield return (item.Adjudication[j].Amount?.Value, $"{path}.item[{k}].adjudication[{j}].amount");
            }
        }
    }

    private static RemittanceLine Line(ExplanationOfBenefit.ItemComponent item, int position)
    {
        var read = FhirAdjudications.Read(item.Adjudication);
        var code = FhirBilling.Code(item.ProductOrService, "cpt", "hcpcs");
        return new RemittanceLine(
            code is not null && FhirBilling.IsCode(code) ? code : "",
            [.. item.Modifier.Select(m => FhirBilling.Code(m)).OfType<string>().Where(FhirBilling.IsCode).Take(4)],
            read.Submitted ?? FhirBilling.Money(item.Net) ?? 0m,
            read.Paid ?? 0m,
            item.Quantity?.Value,
            FhirBilling.ServiceDay(item.Serviced),
            (item.Sequence ?? position + 1).ToString(CultureInfo.InvariantCulture),
            read.Adjustments,
            read.Remarks);
    }
}
