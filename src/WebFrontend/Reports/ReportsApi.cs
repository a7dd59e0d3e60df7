using Mesh.Grains;
using Mesh.Grains.Conversations;
using Mesh.Grains.Patients;
using Mesh.Grains.Reports;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Scribe;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Reports;

/// <summary>Signed reports: read a version, fetch its PDF (hash-checked), amend with a new version, list a patient's reports.</summary>
public static class ReportsApi
{
    private const string ResourceType = "report";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");
        group.MapGet("/{id}", GetAsync).RequireAuthorization(ClinicPolicies.PatientRead)
            .WithName("GetReport").WithSummary("Read a report version (latest unless ?version=)").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/pdf", GetPdfAsync).RequireAuthorization(ClinicPolicies.PatientRead)
            .WithName("GetReportPdf").WithSummary("The PDF of a report version, checked against its stored SHA-256").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/amend", AmendAsync).RequireAuthorization(ClinicPolicies.Finalize)
            .WithName("AmendReport").WithSummary("Sign a new version that amends the latest; nothing is overwritten")
            .Accepts<AmendRequest>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/patients/{id}/reports", ListForPatientAsync).RequireAuthorization(ClinicPolicies.PatientRead).WithTags("Reports")
            .WithName("ListPatientReports").WithSummary("A patient's reports, latest version each").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<IResult> GetAsync(string id, int? version, HttpContext http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        var report = Report(id, http, grains) is { } grain ? await grain.GetAsync(version).ConfigureAwait(false) : null;
        await audit.RecordAsync(AuditActions.Read, ResourceType, id, report is null ? AuditOutcome.Failed : AuditOutcome.Success, ct).ConfigureAwait(false);
        return report is null ? ScribeProblems.NotFound("report") : TypedResults.Ok(report);
    }

    public static async Task<IResult> GetPdfAsync(string id, int? version, HttpContext http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        try
        {
            var pdf = Report(id, http, grains) is { } grain ? await grain.GetPdfAsync(version).ConfigureAwait(false) : null;
            await audit.RecordAsync(AuditActions.Read, ResourceType, id, pdf is null ? AuditOutcome.Failed : AuditOutcome.Success, ct).ConfigureAwait(false);
            return pdf is null ? ScribeProblems.NotFound("report") : TypedResults.File(pdf, "application/pdf", $"report-{id}.pdf");
        }
        catch (ReportIntegrityException broken)
        {
            await audit.RecordAsync(AuditActions.Read, ResourceType, id, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return ScribeProblems.From(broken)!;
        }
    }

    public static async Task<IResult> AmendAsync(string id, AmendRequest body, HttpContext http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        if (ReviewedDraftValidator.Validate(body.ClinicalDraft, body.PatientSummaryMd, body.Actionables) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!FreeText.IsValid(body.Reason, 1_000))
        {
            return ScribeProblems.Invalid("reason", "Required: why the report is amended, 1-1000 characters.");
        }

        var grain = Report(id, http, grains);
        if (grain is null || await grain.GetAsync(null).ConfigureAwait(false) is null)
        {
            await audit.RecordAsync(AuditActions.Update, ResourceType, id, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return ScribeProblems.NotFound("report");
        }

        var user = http.GetClinicUser();
        var reviewed = new ReviewedDraft(body.ClinicalDraft!, body.PatientSummaryMd!, body.Actionables ?? body.ClinicalDraft!.Actionables);
        var amended = await grain.AmendAsync(reviewed, new Signer(user.UserId, user.DisplayName ?? user.UserId), body.Reason!).ConfigureAwait(false);
        await audit.RecordWriteAsync(AuditActions.Update, ResourceType, id, ct).ConfigureAwait(false);
        return TypedResults.Ok(FinalizeResponse.From(amended));
    }

    public static async Task<IResult> ListForPatientAsync(string id, HttpContext http, IGrainFactory grains, IPatientDataAudit audit, CancellationToken ct)
    {
        var patient = PatientIds.IsValid(id) ? grains.GetGrain<IPatientGrain>(PatientKeys.For(http.GetClinicUser().Tenant, id)) : null;
        var exists = patient is not null && await patient.GetAsync().ConfigureAwait(false) is not null;
        await audit.RecordAsync(AuditActions.Read, "patient-reports", id, exists ? AuditOutcome.Success : AuditOutcome.Failed, ct).ConfigureAwait(false);
        return exists ? TypedResults.Ok(await patient!.ListReportsAsync().ConfigureAwait(false)) : ScribeProblems.NotFound("patient");
    }

    private static IReportGrain? Report(string id, HttpContext http, IGrainFactory grains) =>
        ReportIds.IsValid(id) ? grains.GetGrain<IReportGrain>(TenantKeys.For(http.GetClinicUser().Tenant, id)) : null;
}
