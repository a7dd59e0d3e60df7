namespace Mesh.Grains.Claims;

/// <summary>
/// The payments of a document that comes in versions (a FHIR ExplanationOfBenefit): which one counts now, and the
/// reversal that undoes it before a newer version pays, as an 835 reverses a payment (CLP02 = 22) before correcting it.
/// </summary>
internal static class RemittanceVersions
{
    /// <summary>The payment of the document's family that counts now, or null.</summary>
    public static ClaimRemittance? Counting(IEnumerable<ClaimRemittance> remittances, RemittanceReplacement replacement) =>
        ClaimLedger.Effective(remittances).LastOrDefault(r => r.Payment.PayerClaimId == replacement.Payment.PayerClaimId
            && r.Payment.Source.InterchangeControlNumber.StartsWith(replacement.Family, StringComparison.Ordinal));

    /// <summary>The reversal of <paramref name="earlier"/>, sent by the version in <paramref name="source"/>.</summary>
    public static RemittancePayment Reversal(RemittancePayment earlier, RemittanceSource source) => earlier with
    {
        StatusCode = "22",
        Status = RemittanceStatus.Reversed,
        Billed = -earlier.Billed,
        Paid = -earlier.Paid,
        PatientResponsibility = -earlier.PatientResponsibility,
        Adjustments = [],
        Remarks = [],
        Lines = [],
        Source = source with { TraceNumber = earlier.Source.TraceNumber },
    };
}
