using Mesh.Grains.Claims;
using Mesh.Grains.Denials;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Claims;

namespace Mesh.WebFrontend.Denials;

/// <summary>
/// Denial risk, the clinic's model, and appeals with sign-off and export. Billing works them (risk may be read by anyone
/// who reads claims); every read and write is audited; another clinic's claim, denial or appeal is simply not found.
/// </summary>
public static class DenialsApi
{
    public static IEndpointRouteBuilder MapDenialsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/claims/{id}/risk", RiskAsync).RequireAuthorization(ClinicPolicies.ClaimRead).WithTags("Denials")
            .WithName("GetClaimRisk").WithSummary("The claim's denial probability, the rules that fired, the features that pushed it and suggested fixes")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var denials = api.MapGroup("/denials").WithTags("Denials").RequireAuthorization(ClinicPolicies.Billing);
        denials.MapPost("/model/train", TrainAsync).WithName("TrainDenialModel")
            .WithSummary("Trains the clinic's denial model on 80% of its claims and judges it beside the rules on the other 20%")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        denials.MapGet("/model", ModelAsync).WithName("GetDenialModel").WithSummary("Every training of the clinic's model with its figures");
        denials.MapPost("/{id}/appeals", AppealApi.DraftAsync).WithName("DraftAppeal")
            .WithSummary("Drafts an appeal letter from the denial's facts (template, or the chat model held to the facts)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        denials.MapGet("/{id}/appeals/{appealId}", AppealApi.GetAsync).WithName("GetAppeal").WithSummary("An appeal version (latest unless ?version=)");
        denials.MapPut("/{id}/appeals/{appealId}", AppealApi.ReviseAsync).WithName("ReviseAppeal")
            .WithSummary("Edits the draft, or starts a new version when the latest is approved");
        denials.MapPost("/{id}/appeals/{appealId}/approve", AppealApi.ApproveAsync).WithName("ApproveAppeal")
            .WithSummary("Approves the draft; it never changes after");
        denials.MapPost("/{id}/appeals/{appealId}/export", AppealApi.ExportAsync).WithName("ExportAppeal")
            .WithSummary("The letter as Word (docx), PDF (pdf), or both with the filled dispute form (zip); audited");
        return api;
    }

    public static async Task<IResult> RiskAsync(string id, [AsParameters] DenialServices services, CancellationToken ct)
    {
        var risk = ClaimIds.IsValid(id) ? await services.Clinic.ScoreClaimAsync(id).ConfigureAwait(false) : null;
        await services.Audit.RecordAsync(AuditActions.Read, DenialServices.RiskResource, id, risk is null ? AuditOutcome.Failed : AuditOutcome.Success, ct).ConfigureAwait(false);
        return risk is null ? DenialProblems.NotFound("Claim") : TypedResults.Ok(risk);
    }

    public static async Task<IResult> TrainAsync([AsParameters] DenialServices services, CancellationToken ct)
    {
        try
        {
            var report = await services.Clinic.TrainAsync().ConfigureAwait(false);
            await services.Audit.RecordAsync(AuditActions.Create, DenialServices.ModelResource, $"v{report.Version}", AuditOutcome.Success, ct).ConfigureAwait(false);
            return TypedResults.Ok(report);
        }
        catch (NotEnoughHistoryException history)
        {
            await services.Audit.RecordAsync(AuditActions.Create, DenialServices.ModelResource, "train", AuditOutcome.Failed, ct).ConfigureAwait(false);
            return DenialProblems.From(history)!;
        }
    }

    public static async Task<IResult> ModelAsync([AsParameters] DenialServices services, CancellationToken ct)
    {
        var reports = await services.Model.GetReportsAsync().ConfigureAwait(false);
        await services.Audit.RecordReadAsync(DenialServices.ModelResource, "reports", ct).ConfigureAwait(false);
        return TypedResults.Ok(reports);
    }
}
