using Mesh.Grains.Conversations;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Scribe;

/// <summary>
/// Reads a draft back by its id. A live encounter announces its draft only by id (draftReady), so the clinic page
/// fetches it here to review and sign it like a draft from generate-draft.
/// </summary>
public static class DraftsApi
{
    private const string ResourceType = "draft";

    public static IEndpointRouteBuilder MapDraftsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/drafts/{id}", GetAsync).RequireAuthorization(ClinicPolicies.PatientRead).WithTags("Scribe")
            .WithName("GetDraft").WithSummary("Read a draft (e.g. the one a live encounter made when it ended)").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<IResult> GetAsync(string id, HttpContext http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        // The conversation comes from the draft id and the clinic from the token: another clinic's draft is simply not found.
        var conversationId = ClinicIds.IsValid(id) ? ConversationKeys.ConversationOfDraft(id) : null;
        var draft = conversationId is null
            ? null
            : await grains.GetGrain<IConversationGrain>(ConversationKeys.For(http.GetClinicUser().Tenant, conversationId)).GetDraftAsync(id).ConfigureAwait(false);
        await audit.RecordAsync(AuditActions.Read, ResourceType, id, draft is null ? AuditOutcome.Failed : AuditOutcome.Success, ct).ConfigureAwait(false);
        return draft is null ? ScribeProblems.NotFound("draft") : TypedResults.Ok(DraftResponse.From(draft));
    }
}
