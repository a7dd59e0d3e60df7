using Mesh.Grains.Conversations;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Limits;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Scribe;

/// <summary>
/// The scribe flow: a recorded (or typed) visit becomes a draft held by its conversation; a doctor's finalize turns the
/// reviewed draft into a signed report. Nothing reaches the record without that sign-off.
/// </summary>
public static class ScribeApi
{
    public static IEndpointRouteBuilder MapScribeApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Scribe");
        group.MapPost("/generate-draft", GenerateDraftAsync).RequireAuthorization(ClinicPolicies.PatientWrite).WithUploadLimit()
            .WithName("GenerateDraft").WithSummary("Draft a clinical note, patient summary and actions from a visit's audio or typed transcript")
            .Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/generate-summary", GenerateSummaryAsync).RequireAuthorization(ClinicPolicies.PatientWrite).WithUploadLimit()
            .WithName("GenerateSummary").WithSummary("Summarise several recordings, images and notes of a visit to a template")
            .Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/finalize-report", FinalizeAsync).RequireAuthorization(ClinicPolicies.Finalize)
            .WithName("FinalizeReport").WithSummary("Sign a reviewed draft into a report with its PDF (idempotent per draft)")
            .Accepts<FinalizeRequest>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<IResult> GenerateDraftAsync(HttpRequest http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        if (!http.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send multipart/form-data");
        }

        var (request, errors) = await DraftForm.ReadAsync(await http.ReadFormAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var tenant = http.HttpContext.GetClinicUser().Tenant;
        var conversationId = Guid.NewGuid().ToString("N");
        try
        {
            var draft = await grains.GetGrain<IConversationGrain>(ConversationKeys.For(tenant, conversationId)).GenerateDraftAsync(request).ConfigureAwait(false);
            await audit.RecordWriteAsync(AuditActions.Create, "draft", draft.DraftId, ct).ConfigureAwait(false);
            return TypedResults.Ok(DraftResponse.From(draft));
        }
        catch (Exception error) when (ScribeProblems.From(error) is { } problem)
        {
            await audit.RecordAsync(AuditActions.Create, "draft", conversationId, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return problem;
        }
    }

    public static async Task<IResult> GenerateSummaryAsync(HttpRequest http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        if (!http.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send multipart/form-data");
        }

        var (request, errors) = await SummaryForm.ReadAsync(await http.ReadFormAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var conversationId = Guid.NewGuid().ToString("N");
        try
        {
            var summary = await grains.GetGrain<IConversationGrain>(ConversationKeys.For(http.HttpContext.GetClinicUser().Tenant, conversationId))
                .SummarizeVisitAsync(request).ConfigureAwait(false);
            await audit.RecordWriteAsync(AuditActions.Create, "visit-summary", conversationId, ct).ConfigureAwait(false);
            return TypedResults.Ok(summary);
        }
        catch (Exception error) when (ScribeProblems.From(error) is { } problem)
        {
            await audit.RecordAsync(AuditActions.Create, "visit-summary", conversationId, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return problem;
        }
    }

    public static async Task<IResult> FinalizeAsync(FinalizeRequest body, HttpContext http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        var conversationId = body.DraftId is { } draftId && ClinicIds.IsValid(draftId) ? ConversationKeys.ConversationOfDraft(draftId) : null;
        if (conversationId is null)
        {
            return ScribeProblems.Invalid("draftId", "Required: the draftId that generate-draft returned.");
        }

        if (ReviewedDraftValidator.Validate(body.ClinicalDraft, body.PatientSummaryMd, body.Actionables) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var user = http.GetClinicUser();
        var reviewed = new ReviewedDraft(body.ClinicalDraft!, body.PatientSummaryMd!, body.Actionables ?? body.ClinicalDraft!.Actionables);
        try
        {
            var report = await grains.GetGrain<IConversationGrain>(ConversationKeys.For(user.Tenant, conversationId))
                .FinalizeAsync(body.DraftId!, reviewed, new Signer(user.UserId, user.DisplayName ?? user.UserId)).ConfigureAwait(false);
            await audit.RecordWriteAsync(AuditActions.Finalize, "report", report.ReportId, ct).ConfigureAwait(false);
            return TypedResults.Ok(FinalizeResponse.From(report));
        }
        catch (Exception error) when (ScribeProblems.From(error) is { } problem)
        {
            await audit.RecordAsync(AuditActions.Finalize, "draft", body.DraftId!, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return problem;
        }
    }
}
