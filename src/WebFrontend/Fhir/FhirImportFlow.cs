using Hl7.Fhir.Model;
using Mesh.Grains.Patients;
using Mesh.WebFrontend.Fhir.Claims;
using Mesh.WebFrontend.Patients;
using Task = System.Threading.Tasks.Task;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// Imports one resource or a transaction, batch or collection Bundle, for both the user route and the webhook.
/// A transaction (and a collection or single resource) is checked whole, across every patient it touches, before
/// any patient is written; each patient is then written in one grain state write. Claims and EOBs are then handed
/// to the clinic's claims (<see cref="FhirClaimHandOff"/>), checked with everything else before anything is written.
/// </summary>
internal static class FhirImportFlow
{
    public static async Task<IResult> ImportAsync(HttpRequest request, string body, PatientServices services, CancellationToken ct)
    {
        var (resource, parseIssues) = FhirFormat.Parse(body, FhirFormat.IsXml(request.ContentType) == true);
        if (resource is null)
        {
            return FhirFormat.Outcome(request, StatusCodes.Status400BadRequest, parseIssues);
        }

        if (resource is not Bundle bundle)
        {
            List<FhirEntry> one = [new FhirEntry(null, resource, resource.TypeName)];
            return await AllOrNothingAsync(request, new FhirImport(services, one, null), single: true, ct).ConfigureAwait(false);
        }

        var entries = bundle.Entry.Select((e, i) => new FhirEntry(e.FullUrl, e.Resource, $"Bundle.entry[{i}].resource")).ToList();
        var import = new FhirImport(services, entries, bundle.Id);
        return bundle.Type switch
        {
            Bundle.BundleType.Transaction => await TransactionAsync(request, import, ct).ConfigureAwait(false),
            Bundle.BundleType.Batch => await BatchAsync(request, import, ct).ConfigureAwait(false),
            Bundle.BundleType.Collection => await AllOrNothingAsync(request, import, single: false, ct).ConfigureAwait(false),
            _ => FhirFormat.Outcome(request, StatusCodes.Status400BadRequest,
                [FhirIssue.Invalid("Only transaction, batch and collection bundles are imported.", "Bundle.type")]),
        };
    }

    /// <summary>Plans and checks every entry; the results with errors when anything is wrong, else what to write.</summary>
    private static async Task<(FhirEntryResult[] Results, FhirChecked? Checked)> CheckAsync(FhirImport import, CancellationToken ct)
    {
        var (results, planned) = FhirPlanner.Plan(import.Entries, import.Services.Time.GetUtcNow());
        var (importer, handOff) = import.For(results);
        var imports = await importer.CheckAsync(import.Entries, results, planned).ConfigureAwait(false);
        var claims = await handOff.CheckAsync(planned, ct).ConfigureAwait(false);
        if (results.Any(r => r.Failed))
        {
            await importer.AuditFailedAsync(results, ct).ConfigureAwait(false);
            return (results, null);
        }

        return (results, new FhirChecked(imports, claims, importer, handOff));
    }

    private static async Task<IResult> TransactionAsync(HttpRequest request, FhirImport import, CancellationToken ct)
    {
        var (results, checkedImport) = await CheckAsync(import, ct).ConfigureAwait(false);
        if (checkedImport is null)
        {
            var errors = results.SelectMany(r => r.Issues).Where(i => i.IsError).ToList();
            return FhirFormat.Outcome(request, FhirIssue.StatusOf(errors), errors);
        }

        await checkedImport.ApplyAsync(results, ct).ConfigureAwait(false);
        var response = new Bundle { Type = Bundle.BundleType.TransactionResponse };
        response.Entry.AddRange(results.Select(ResponseEntry));
        return FhirFormat.Result(request, response, StatusCodes.Status200OK);
    }

    private static async Task<IResult> BatchAsync(HttpRequest request, FhirImport import, CancellationToken ct)
    {
        // Each entry on its own, but with the whole bundle's full URLs known, so an entry may name a patient of the batch.
        var (results, planned) = FhirPlanner.Plan(import.Entries, import.Services.Time.GetUtcNow());
        var (importer, handOff) = import.For(results);
        foreach (var entry in planned.OrderBy(p => p.Patient is null))
        {
            var one = new[] { results[entry.Index] };
            var imports = await importer.CheckAsync(import.Entries, results, [entry]).ConfigureAwait(false);
            var claims = await handOff.CheckAsync([entry], ct).ConfigureAwait(false);
            if (results[entry.Index].Failed)
            {
                await importer.AuditFailedAsync(one, ct).ConfigureAwait(false);
                continue;
            }

            await new FhirChecked(imports, claims, importer, handOff).ApplyAsync(results, ct).ConfigureAwait(false);
        }

        var response = new Bundle { Type = Bundle.BundleType.BatchResponse };
        response.Entry.AddRange(results.Select(ResponseEntry));
        return FhirFormat.Result(request, response, StatusCodes.Status200OK);
    }

    /// <summary>A single resource or a collection: all entries stored, or none.</summary>
    private static async Task<IResult> AllOrNothingAsync(HttpRequest request, FhirImport import, bool single, CancellationToken ct)
    {
        var entries = import.Entries;
        if (single && !FhirMapping.IsImported(entries[0].Resource!.TypeName))
        {
            return FhirFormat.Outcome(request, StatusCodes.Status422UnprocessableEntity, [new FhirIssue(StatusCodes.Status422UnprocessableEntity,
                OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.NotSupported, $"{entries[0].Resource!.TypeName} is not imported.", entries[0].Path)]);
        }

        var (results, checkedImport) = await CheckAsync(import, ct).ConfigureAwait(false);
        if (checkedImport is null)
        {
            var errors = results.SelectMany(r => r.Issues).Where(i => i.IsError).ToList();
            return FhirFormat.Outcome(request, FhirIssue.StatusOf(errors), errors);
        }

        await checkedImport.ApplyAsync(results, ct).ConfigureAwait(false);
        var issues = results.SelectMany(r => r.Issues).ToList();
        issues.AddRange(results.Where(r => r.Outcome is not null).Select(r => FhirIssue.Information(
            $"{r.ResourceType}/{r.ResourceId} {r.Outcome!.Outcome.ToString().ToLowerInvariant()}.", $"{r.ResourceType}/{r.ResourceId}")));
        var first = results[0];
        var created = single && first.Outcome?.Outcome == PatientImportOutcome.Created;
        return FhirFormat.Result(request, FhirIssue.Outcome(issues), created ? StatusCodes.Status201Created : StatusCodes.Status200OK,
            single ? first.Location : null);
    }

    private static Bundle.EntryComponent ResponseEntry(FhirEntryResult result)
    {
        var status = result.Failed ? FhirIssue.StatusOf(result.Issues)
            : result.Outcome?.Outcome == PatientImportOutcome.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        var response = new Bundle.ResponseComponent
        {
            Status = $"{status} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)}",
            Location = result.Location,
            Etag = result.Outcome?.KeptVersionId is { } version ? $"W/\"{version}\"" : null,
            Outcome = result.Issues.Count > 0 ? FhirIssue.Outcome(result.Issues) : null,
        };
        return new Bundle.EntryComponent { Response = response };
    }
}

/// <summary>One request's entries and what importing them uses.</summary>
internal sealed record FhirImport(PatientServices Services, IReadOnlyList<FhirEntry> Entries, string? BundleId)
{
    public (FhirImporter Importer, FhirClaimHandOff HandOff) For(FhirEntryResult[] results) =>
        (new FhirImporter(Services), new FhirClaimHandOff(Services, Entries, results, BundleId));
}

/// <summary>Entries checked whole: the patients' imports and the claims' plan, written patients first.</summary>
internal sealed record FhirChecked(List<FhirPatientImport> Imports, FhirClaimPlan Claims, FhirImporter Importer, FhirClaimHandOff HandOff)
{
    public async Task ApplyAsync(FhirEntryResult[] results, CancellationToken ct)
    {
        await Importer.ApplyAsync(Imports, results, ct).ConfigureAwait(false);
        await HandOff.ApplyAsync(Claims, ct).ConfigureAwait(false);
    }
}
