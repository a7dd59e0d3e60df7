using Mesh.Grains.Claims;

namespace Mesh.WebFrontend.Claims;

/// <summary>GET /claims/{id}: the claim as last submitted, flat, with what happened to it beside it.</summary>
public sealed record ClaimResponse(
    string ClaimId,
    ClaimStatus Status,
    ClaimKind Kind,
    ClaimParty Payer,
    string? PatientId,
    ClaimPerson Patient,
    ClaimPerson Subscriber,
    ClaimProvider BillingProvider,
    ClaimProvider? RenderingProvider,
    decimal TotalCharge,
    string PlaceOfService,
    string FrequencyCode,
    string? PriorAuthorization,
    DateOnly? ServiceFrom,
    DateOnly? ServiceTo,
    IReadOnlyList<ClaimDiagnosis> Diagnoses,
    IReadOnlyList<ClaimLine> Lines,
    ClaimSubmission Submission,
    IReadOnlyList<ClaimStatusChange> History,
    IReadOnlyList<ClaimRemittance> Remittances,
    ClaimBalance Balance,
    decimal BalanceDue,
    IReadOnlyList<ContractLineCheck> ContractChecks)
{
    public static ClaimResponse From(ClaimView view)
    {
        var c = view.Claim;
        return new(c.ClaimId, view.Status, c.Kind, c.Payer, c.PatientId, c.Patient, c.Subscriber, c.BillingProvider, c.RenderingProvider,
            c.TotalCharge, c.PlaceOfService, c.FrequencyCode, c.PriorAuthorization, c.ServiceFrom, c.ServiceTo, c.Diagnoses, c.Lines,
            c.Submission, view.History, view.Remittances, view.Balance, view.Balance.BalanceDue, view.ContractChecks);
    }
}
