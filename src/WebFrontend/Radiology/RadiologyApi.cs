using Mesh.Grains;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Mesh.Grains.Radiology;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Limits;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Radiology;

/// <summary>
/// Radiology dictation for frontends that poll: POST the dictation (audio or text) with the section's current text and
/// get a task id at once; GET the task until it is completed, with the section's new text.
/// </summary>
public static class RadiologyApi
{
    public static IEndpointRouteBuilder MapRadiologyApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Radiology");
        group.MapPost("/radiology/findings", (HttpRequest http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct) =>
                StartAsync(http, RadiologySections.Findings, grains, audit, ct))
            .RequireAuthorization(ClinicPolicies.PatientWrite).WithUploadLimit().WithName("DictateFindings")
            .WithSummary("Merge dictated findings into the current findings text (returns a task id)")
            .Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem();
        group.MapPost("/radiology/impressions", (HttpRequest http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct) =>
                StartAsync(http, RadiologySections.Impressions, grains, audit, ct))
            .RequireAuthorization(ClinicPolicies.PatientWrite).WithUploadLimit().WithName("DictateImpressions")
            .WithSummary("Clean up dictated impressions and add them to the current text (returns a task id)")
            .Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem();
        group.MapGet("/tasks/{id}", GetAsync).RequireAuthorization(ClinicPolicies.PatientRead).WithName("GetTask")
            .WithSummary("A dictation task's status and, once completed, its result").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> StartAsync(HttpRequest http, string section, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        if (!http.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send multipart/form-data");
        }

        var user = http.HttpContext.GetClinicUser();
        var (request, errors) = await DictationForm.ReadAsync(await http.ReadFormAsync(ct).ConfigureAwait(false), section, user.UserId, ct).ConfigureAwait(false);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var taskId = Guid.NewGuid().ToString("N");
        var task = await grains.GetGrain<IDictationTaskGrain>(TenantKeys.For(user.Tenant, taskId)).StartAsync(request).ConfigureAwait(false);
        await audit.RecordWriteAsync(AuditActions.Create, "dictation", taskId, ct).ConfigureAwait(false);
        return TypedResults.Accepted($"{MeshApiPaths.Tasks}/{taskId}", task);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        if (!ClinicIds.IsValid(id))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Task not found");
        }

        var task = await grains.GetGrain<IDictationTaskGrain>(TenantKeys.For(http.GetClinicUser().Tenant, id)).GetAsync().ConfigureAwait(false);
        if (task is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Task not found", detail: $"No task {id} in this clinic.");
        }

        await audit.RecordReadAsync("dictation", id, ct).ConfigureAwait(false);
        return TypedResults.Ok(task);
    }
}

/// <summary>Paths the API hands out in Location headers.</summary>
public static class MeshApiPaths
{
    public const string Tasks = Hosting.MeshWebFrontendExtensions.ApiPrefix + "/tasks";
}
