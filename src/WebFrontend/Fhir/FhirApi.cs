using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Patients;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// POST /fhir: imports FHIR R4 JSON (one resource, or a transaction, batch or collection Bundle) into the caller's
/// clinic's patients. Patient becomes the Mesh patient of the same id; AllergyIntolerance, Condition,
/// MedicationRequest, MedicationStatement and Observation are added to that patient's clinical facts.
/// </summary>
public static class FhirApi
{
    public static IEndpointRouteBuilder MapFhirApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/fhir", ImportAsync).RequireAuthorization(ClinicPolicies.PatientWrite)
            .WithTags("FHIR").WithName("ImportFhir").WithSummary("Import FHIR R4 resources or a Bundle")
            .Accepts<object>(FhirJson.ContentType);
        return api;
    }

    public static async Task<IResult> ImportAsync(HttpRequest request, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is not (FhirJson.ContentType or "application/json"))
        {
            return Outcome(StatusCodes.Status415UnsupportedMediaType,
                [FhirIssue.Invalid($"This route takes Content-Type: {FhirJson.ContentType}.", "$")]);
        }

        using var reader = new StreamReader(request.Body);
        var (resource, parseIssues) = FhirJson.Parse(await reader.ReadToEndAsync(ct).ConfigureAwait(false));
        if (resource is null)
        {
            return Outcome(StatusCodes.Status400BadRequest, parseIssues);
        }

        var importer = new FhirImporter(services);
        if (resource is not Bundle bundle)
        {
            return await ImportAllAsync(importer, [new FhirEntry(null, resource, resource.TypeName)], single: true, ct).ConfigureAwait(false);
        }

        var entries = bundle.Entry.Select((e, i) => new FhirEntry(e.FullUrl, e.Resource, $"Bundle.entry[{i}].resource")).ToList();
        return bundle.Type switch
        {
            Bundle.BundleType.Transaction => await TransactionAsync(importer, entries, ct).ConfigureAwait(false),
            Bundle.BundleType.Batch => await BatchAsync(importer, entries, ct).ConfigureAwait(false),
            Bundle.BundleType.Collection => await ImportAllAsync(importer, entries, single: false, ct).ConfigureAwait(false),
            _ => Outcome(StatusCodes.Status400BadRequest,
                [FhirIssue.Invalid("Only transaction, batch and collection bundles are imported.", "Bundle.type")]),
        };
    }

    private static async Task<IResult> TransactionAsync(FhirImporter importer, List<FhirEntry> entries, CancellationToken ct)
    {
        var (results, writes) = await importer.PlanAsync(entries).ConfigureAwait(false);
        if (results.Any(r => r.Failed))
        {
            await importer.AuditFailedAsync(results, ct).ConfigureAwait(false);
            var errors = results.SelectMany(r => r.Issues).Where(i => i.IsError).ToList();
            return Outcome(FhirIssue.StatusOf(errors), errors);
        }

        var created = await importer.ApplyAsync(writes, ct).ConfigureAwait(false);
        var response = new Bundle { Type = Bundle.BundleType.TransactionResponse };
        response.Entry.AddRange(results.Select(r => ResponseEntry(r, created)));
        return FhirJson.Result(response, StatusCodes.Status200OK);
    }

    private static async Task<IResult> BatchAsync(FhirImporter importer, List<FhirEntry> entries, CancellationToken ct)
    {
        var response = new Bundle { Type = Bundle.BundleType.BatchResponse };
        foreach (var entry in entries)
        {
            var (results, writes) = await importer.PlanAsync([entry]).ConfigureAwait(false);
            if (results[0].Failed)
            {
                await importer.AuditFailedAsync(results, ct).ConfigureAwait(false);
                response.Entry.Add(ResponseEntry(results[0], []));
                continue;
            }

            var created = await importer.ApplyAsync(writes, ct).ConfigureAwait(false);
            response.Entry.Add(ResponseEntry(results[0], created));
        }

        return FhirJson.Result(response, StatusCodes.Status200OK);
    }

    /// <summary>A single resource or a collection: all entries stored, or none.</summary>
    private static async Task<IResult> ImportAllAsync(FhirImporter importer, List<FhirEntry> entries, bool single, CancellationToken ct)
    {
        var (results, writes) = await importer.PlanAsync(entries).ConfigureAwait(false);
        if (single && results[0].Skipped)
        {
            return Outcome(StatusCodes.Status422UnprocessableEntity, [new FhirIssue(StatusCodes.Status422UnprocessableEntity,
                OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.NotSupported,
                $"{entries[0].Resource!.TypeName} is not imported.", entries[0].Path)]);
        }

        var issues = results.SelectMany(r => r.Issues).ToList();
        if (results.Any(r => r.Failed))
        {
            await importer.AuditFailedAsync(results, ct).ConfigureAwait(false);
            var errors = issues.Where(i => i.IsError).ToList();
            return Outcome(FhirIssue.StatusOf(errors), errors);
        }

        var created = await importer.ApplyAsync(writes, ct).ConfigureAwait(false);
        issues.AddRange(writes.Select(w => FhirIssue.Information(
            created.Contains(w.Id) ? $"Patient/{w.Id} created." : $"Patient/{w.Id} updated.", $"Patient/{w.Id}")));
        var isCreatedPatient = single && results[0].PatientId is { } id && created.Contains(id);
        return FhirJson.Result(FhirJson.Outcome(issues), isCreatedPatient ? StatusCodes.Status201Created : StatusCodes.Status200OK,
            single && results[0].PatientId is { } location ? $"/api/v1/patients/{location}" : null);
    }

    private static Bundle.EntryComponent ResponseEntry(FhirEntryResult result, HashSet<string> created)
    {
        var status = result.Failed ? FhirIssue.StatusOf(result.Issues)
            : result.PatientId is { } id && created.Contains(id) ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        var response = new Bundle.ResponseComponent
        {
            Status = $"{status} {ReasonPhrases(status)}",
            Location = result.Failed || result.PatientId is null ? null : $"/api/v1/patients/{result.PatientId}",
            Outcome = result.Issues.Count > 0 ? FhirJson.Outcome(result.Issues) : null,
        };
        return new Bundle.EntryComponent { Response = response };
    }

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);

    private static IResult Outcome(int status, IReadOnlyList<FhirIssue> issues) => FhirJson.Result(FhirJson.Outcome(issues), status);
}
