using Hl7.Fhir.Model;
using Mesh.Grains;
using Mesh.Grains.Patients;
using Mesh.Grains.Reports;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Patients;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// FHIR reads of the caller's clinic's patients: the Patient, <c>$everything</c> and a search by type and patient.
/// A patient of another clinic is not found, as an unknown one is; every read is audited.
/// </summary>
internal static class FhirReadApi
{
    public static async Task<IResult> GetPatientAsync(string id, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var grain = services.Patient(id);
        if (grain is null || await grain.GetAsync().ConfigureAwait(false) is not { } record)
        {
            return await NotFoundAsync(services, id, ct).ConfigureAwait(false);
        }

        var imported = (await grain.ListResourcesAsync("Patient").ConfigureAwait(false)).FirstOrDefault();
        await services.Audit.RecordReadAsync(PatientServices.ResourceType, id, ct).ConfigureAwait(false);
        return FhirFormat.Result(services.Http.Request, FhirExport.Patient(record, imported), StatusCodes.Status200OK);
    }

    public static async Task<IResult> EverythingAsync(string id, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var grain = services.Patient(id);
        if (grain is null || await grain.GetAsync().ConfigureAwait(false) is not { } record)
        {
            return await NotFoundAsync(services, id, ct).ConfigureAwait(false);
        }

        var stored = await grain.ListResourcesAsync(null).ConfigureAwait(false);
        var patient = FhirExport.Patient(record, stored.FirstOrDefault(r => r.ResourceType == "Patient"));
        var resources = new List<(string Type, string Id, string Json)> { ("Patient", id, FhirFormat.ToJson(patient)) };
        resources.AddRange(stored.Where(r => r.ResourceType != "Patient").Select(r => (r.ResourceType, r.Id, r.Json)));
        foreach (var report in await ReportsAsync(services, grain, id).ConfigureAwait(false))
        {
            resources.Add(("DocumentReference", report.Id!, FhirFormat.ToJson(report)));
        }

        await services.Audit.RecordReadAsync(PatientServices.ResourceType, id, ct).ConfigureAwait(false);
        return Searchset(services.Http.Request, resources);
    }

    public static async Task<IResult> SearchAsync(string type, string? patient, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var request = services.Http.Request;
        if (!FhirMapping.IsImported(type) && type != "DocumentReference")
        {
            return FhirFormat.Outcome(request, StatusCodes.Status400BadRequest,
                [FhirIssue.Invalid($"Mesh does not search {type}; it keeps Patient, DocumentReference and {string.Join(", ", FhirMapping.PatientResourceTypes)}.", "type")]);
        }

        var id = patient?.StartsWith("Patient/", StringComparison.Ordinal) == true ? patient["Patient/".Length..] : patient;
        if (string.IsNullOrEmpty(id))
        {
            return FhirFormat.Outcome(request, StatusCodes.Status400BadRequest, [FhirIssue.Invalid("Search by patient: ?patient={id}.", "patient")]);
        }

        var grain = services.Patient(id);
        if (grain is null || await grain.GetAsync().ConfigureAwait(false) is not { } record)
        {
            return await NotFoundAsync(services, id, ct).ConfigureAwait(false);
        }

        var resources = type switch
        {
            "Patient" => [("Patient", id, FhirFormat.ToJson(FhirExport.Patient(record, (await grain.ListResourcesAsync("Patient").ConfigureAwait(false)).FirstOrDefault())))],
            "DocumentReference" => [.. (await ReportsAsync(services, grain, id).ConfigureAwait(false)).Select(d => ("DocumentReference", d.Id!, FhirFormat.ToJson(d)))],
            _ => (await grain.ListResourcesAsync(type).ConfigureAwait(false)).Select(r => (r.ResourceType, r.Id, r.Json)).ToList(),
        };
        await services.Audit.RecordReadAsync(PatientServices.ResourceType, id, ct).ConfigureAwait(false);
        return Searchset(request, resources);
    }

    /// <summary>The patient's signed reports, latest version each, with their PDFs; drafts are never part of the record.</summary>
    private static async Task<List<DocumentReference>> ReportsAsync(PatientServices services, IPatientGrain grain, string patientId)
    {
        var tenant = services.Http.GetClinicUser().Tenant;
        var documents = new List<DocumentReference>();
        foreach (var report in await grain.ListReportsAsync().ConfigureAwait(false))
        {
            var pdf = await services.Grains.GetGrain<IReportGrain>(TenantKeys.For(tenant, report.ReportId)).GetPdfAsync(report.Version).ConfigureAwait(false);
            if (pdf is not null)
            {
                documents.Add(FhirExport.Report(patientId, report, pdf));
            }
        }

        return documents;
    }

    private static IResult Searchset(HttpRequest request, List<(string Type, string Id, string Json)> resources) =>
        FhirFormat.WantsXml(request)
            ? FhirFormat.Result(request, FhirExport.Searchset(resources), StatusCodes.Status200OK)
            : FhirFormat.JsonResult(FhirExport.SearchsetJson(resources), StatusCodes.Status200OK);

    private static async Task<IResult> NotFoundAsync(PatientServices services, string id, CancellationToken ct)
    {
        await services.Audit.RecordAsync(AuditActions.Read, PatientServices.ResourceType, id, AuditOutcome.Failed, ct).ConfigureAwait(false);
        return FhirFormat.Outcome(services.Http.Request, StatusCodes.Status404NotFound, [FhirIssue.NotFound($"No Patient/{id} in your clinic.", "id")]);
    }
}
