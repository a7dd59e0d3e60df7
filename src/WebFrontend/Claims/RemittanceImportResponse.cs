using Mesh.Grains.Claims;

namespace Mesh.WebFrontend.Claims;

/// <summary>POST /remittances/x12: the payments matched to the clinic's claims, those matched to none, and the file's issues.</summary>
public sealed record RemittanceImportResponse(
    InterchangeResponse? Interchange,
    IReadOnlyList<PaymentResponse> Payments,
    IReadOnlyList<PaymentResponse> Unmatched,
    decimal? PaymentTotal,
    IReadOnlyList<X12IssueResponse> Errors)
{
    public static RemittanceImportResponse From(RemittanceImportResult result) => new(
        InterchangeResponse.From(result.Interchange),
        [.. result.Payments.Select(PaymentResponse.From)],
        [.. result.Unmatched.Select(PaymentResponse.From)],
        result.PaymentTotal,
        [.. result.Errors.Select(X12IssueResponse.From)]);
}

/// <summary>
/// One claim payment: CLP's amounts and status (paid, partial, denied, reversed), the claim and line adjustments and
/// remarks with their meanings, whether it changed the claim, the claim's status after it, the contract checks of its
/// lines and its balance issues.
/// </summary>
public sealed record PaymentResponse(
    string? ClaimId,
    string? PayerClaimId,
    RemittanceStatus? Status,
    decimal? Billed,
    decimal? Paid,
    decimal? PatientResponsibility,
    IReadOnlyList<RemittanceAdjustment> Adjustments,
    IReadOnlyList<RemittanceRemark> Remarks,
    IReadOnlyList<RemittanceLine> Lines,
    bool Applied,
    ClaimStatus? ClaimStatus,
    IReadOnlyList<ContractLineCheck> ContractChecks,
    IReadOnlyList<X12IssueResponse> Errors)
{
    public static PaymentResponse From(RemittanceImportOutcome outcome)
    {
        var p = outcome.Payment;
        return new(p?.ClaimId, p?.PayerClaimId, p?.Status, p?.Billed, p?.Paid, p?.PatientResponsibility, p?.Adjustments ?? [], p?.Remarks ?? [],
            p?.Lines ?? [], outcome.Applied, outcome.Status, outcome.ContractChecks, [.. outcome.Errors.Select(X12IssueResponse.From)]);
    }
}
