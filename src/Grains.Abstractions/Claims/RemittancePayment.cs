using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>What a remittance says happened to a claim, from CLP02.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceStatus")]
public enum RemittanceStatus
{
    /// <summary>Paid in full (less patient responsibility and contractual adjustments).</summary>
    Paid,

    /// <summary>Paid in part: some lines or amounts denied or reduced beyond the contract.</summary>
    Partial,

    /// <summary>Denied: nothing paid (CLP02 = 4).</summary>
    Denied,

    /// <summary>A reversal of an earlier payment (CLP02 = 22).</summary>
    Reversed,
}

/// <summary>One claim payment of an X12 835 (loop 2100, CLP), with its lines (loop 2110, SVC).</summary>
/// <param name="ClaimId">CLP01: the patient control number the clinic submitted.</param>
/// <param name="PayerClaimId">CLP07: the payer's claim control number.</param>
/// <param name="StatusCode">CLP02 as sent (1, 2, 3, 4, 19, 20, 21, 22, 23, 25); for a FHIR ExplanationOfBenefit, the CLP02 its outcome corresponds to.</param>
/// <param name="Status">CLP02 read as paid, partial, denied or reversed.</param>
/// <param name="Billed">CLP03: the charge the payer saw.</param>
/// <param name="Paid">CLP04: the payment (negative on a reversal).</param>
/// <param name="PatientResponsibility">CLP05.</param>
/// <param name="Adjustments">Claim-level CAS adjustments.</param>
/// <param name="Remarks">Claim-level remark codes (MOA/MIA RARCs).</param>
/// <param name="Lines">The service line payments.</param>
/// <param name="Source">The remittance that carried it.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittancePayment")]
public sealed record RemittancePayment(
    string ClaimId,
    string? PayerClaimId,
    string StatusCode,
    RemittanceStatus Status,
    decimal Billed,
    decimal Paid,
    decimal PatientResponsibility,
    IReadOnlyList<RemittanceAdjustment> Adjustments,
    IReadOnlyList<RemittanceRemark> Remarks,
    IReadOnlyList<RemittanceLine> Lines,
    RemittanceSource Source);

/// <summary>A CAS adjustment: group (CO, PR, OA, PI, CR), CARC reason code, amount, and the reason's meaning.</summary>
/// <param name="Group">CO contractual, PR patient responsibility, OA other, PI payer initiated, CR correction.</param>
/// <param name="Reason">The claim adjustment reason code (CARC).</param>
/// <param name="Amount">The amount adjusted (positive reduces payment).</param>
/// <param name="Quantity">Units adjusted, when given.</param>
/// <param name="Description">The CARC's meaning from the loaded code set, when known.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceAdjustment"), Immutable]
public sealed record RemittanceAdjustment(string Group, string Reason, decimal Amount, decimal? Quantity, string? Description);

/// <summary>A remittance advice remark code (RARC) and its meaning, when known.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceRemark"), Immutable]
public sealed record RemittanceRemark(string Code, string? Description);

/// <summary>A service line payment (SVC with its DTM, CAS, REF*6R and LQ).</summary>
/// <param name="ProcedureCode">SVC01-2: the procedure code as adjudicated.</param>
/// <param name="Modifiers">SVC01-3..6.</param>
/// <param name="Billed">SVC02.</param>
/// <param name="Paid">SVC03.</param>
/// <param name="Units">SVC05, when given.</param>
/// <param name="ServiceDate">DTM*472, when given.</param>
/// <param name="LineControlNumber">REF*6R: the submitted line's control number, when echoed.</param>
/// <param name="Adjustments">Line-level CAS adjustments.</param>
/// <param name="Remarks">LQ*HE remark codes.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceLine")]
public sealed record RemittanceLine(
    string ProcedureCode,
    IReadOnlyList<string> Modifiers,
    decimal Billed,
    decimal Paid,
    decimal? Units,
    DateOnly? ServiceDate,
    string? LineControlNumber,
    IReadOnlyList<RemittanceAdjustment> Adjustments,
    IReadOnlyList<RemittanceRemark> Remarks);

/// <summary>The 835 a payment came from.</summary>
/// <param name="Payer">The payer (N1*PR, with REF*2U or the ISA sender as id).</param>
/// <param name="TraceNumber">TRN02: the check or EFT trace number.</param>
/// <param name="PaymentDate">BPR16: the payment's effective date.</param>
/// <param name="InterchangeControlNumber">ISA13.</param>
/// <param name="ReceivedAt">When Mesh received it.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceSource"), Immutable]
public sealed record RemittanceSource(
    ClaimParty Payer,
    string TraceNumber,
    DateOnly? PaymentDate,
    string InterchangeControlNumber,
    DateTimeOffset ReceivedAt);
