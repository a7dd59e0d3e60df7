using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>
/// A denial or reducing adjustment of a claim or one of its lines, from a remittance that still counts: every CAS
/// adjustment that is neither patient responsibility (PR) nor the contractual fee-schedule write-off (CO-45), and a
/// claim denied with no such adjustment.
/// </summary>
/// <param name="Id">Stable id: claim, remittance sequence, line (or C for the claim), group and reason.</param>
/// <param name="ClaimId">CLM01.</param>
/// <param name="PatientId">The clinic's patient id, when known.</param>
/// <param name="PayerId">The payer.</param>
/// <param name="RemittanceSequence">Which of the claim's remittances carried it.</param>
/// <param name="LineNumber">The 1-based remittance line, or null for a claim-level adjustment.</param>
/// <param name="ProcedureCode">The line's procedure code, for a line.</param>
/// <param name="Group">CAS group: CO, OA, PI, CR (or empty for a denial without adjustments).</param>
/// <param name="Reason">The CARC.</param>
/// <param name="Description">The CARC's meaning, when known.</param>
/// <param name="Remarks">The RARCs that came with it (line LQ, or claim MOA/MIA).</param>
/// <param name="Amount">The dollars at stake.</param>
/// <param name="Denied">True when the claim or line was denied outright (nothing paid), false for a reduction.</param>
/// <param name="PaymentDate">The remittance's payment date.</param>
/// <param name="TraceNumber">The remittance's trace number.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimDenial")]
public sealed record ClaimDenial(
    string Id,
    string ClaimId,
    string? PatientId,
    string PayerId,
    int RemittanceSequence,
    int? LineNumber,
    string? ProcedureCode,
    string Group,
    string Reason,
    string? Description,
    IReadOnlyList<RemittanceRemark> Remarks,
    decimal Amount,
    bool Denied,
    DateOnly? PaymentDate,
    string TraceNumber);

/// <summary>Which denials to list: every filter optional, a page of at most <see cref="ClaimQuery.MaxLimit"/>.</summary>
/// <param name="PayerId">Only this payer's.</param>
/// <param name="Reason">Only this CARC.</param>
/// <param name="ClaimId">Only this claim's.</param>
/// <param name="From">Only those paid on or after this day.</param>
/// <param name="To">Only those paid on or before this day.</param>
/// <param name="Offset">Denials to skip.</param>
/// <param name="Limit">Denials to return.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.DenialQuery"), Immutable]
public sealed record DenialQuery(string? PayerId, string? Reason, string? ClaimId, DateOnly? From, DateOnly? To, int Offset, int Limit);

/// <summary>One page of denials, largest amount first, the number matching and the dollars at stake across all of them.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.DenialPage")]
public sealed record DenialPage(IReadOnlyList<ClaimDenial> Items, int Total, decimal TotalAmount);
