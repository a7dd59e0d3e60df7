using Orleans;

using Mesh.Grains.Claims;
using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>Where a denial's details came from.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Denials.DenialSource")]
public enum DenialSource
{
    /// <summary>An X12 835 remittance.</summary>
    Remittance,

    /// <summary>A paper or portal explanation of benefits (EOB), entered by hand.</summary>
    ExplanationOfBenefits,
}

/// <summary>What the payer decided about a claim, as an appeal quotes it.</summary>
/// <param name="Source">An 835 or an EOB entered by hand.</param>
/// <param name="PayerClaimId">The payer's claim control number, when known.</param>
/// <param name="DecidedOn">The date of the remittance or EOB.</param>
/// <param name="Billed">What the payer saw billed.</param>
/// <param name="Paid">What it paid.</param>
/// <param name="Adjustments">Claim-level adjustments with their CARC and meaning.</param>
/// <param name="Remarks">Remark codes (RARC) with their meaning.</param>
/// <param name="Lines">Line by line: billed, paid, adjustments.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.DenialNotice")]
public sealed record DenialNotice(
    DenialSource Source,
    string? PayerClaimId,
    DateOnly? DecidedOn,
    decimal Billed,
    decimal Paid,
    IReadOnlyList<RemittanceAdjustment> Adjustments,
    IReadOnlyList<RemittanceRemark> Remarks,
    IReadOnlyList<RemittanceLine> Lines)
{
    /// <summary>The notice an 835 payment gives.</summary>
    public static DenialNotice FromRemittance(RemittancePayment payment) => new(
        DenialSource.Remittance, payment.PayerClaimId, payment.Source.PaymentDate, payment.Billed, payment.Paid,
        payment.Adjustments, payment.Remarks, payment.Lines);

    /// <summary>Every adjustment, claim-level then line-level.</summary>
    public IEnumerable<RemittanceAdjustment> AllAdjustments => Adjustments.Concat(Lines.SelectMany(line => line.Adjustments));

    /// <summary>Every remark, claim-level then line-level.</summary>
    public IEnumerable<RemittanceRemark> AllRemarks => Remarks.Concat(Lines.SelectMany(line => line.Remarks));
}
