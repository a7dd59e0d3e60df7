using Hl7.Fhir.Model;
using Mesh.Grains.Patients;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Patients;
using Task = System.Threading.Tasks.Task;

namespace Mesh.WebFrontend.Fhir;

/// <summary>One patient's share of an import and the entries it came from.</summary>
internal sealed record FhirPatientImport(string PatientId, PatientImport Import, IReadOnlyList<int> Entries);

/// <summary>
/// Checks planned entries against the clinic's patients (each patient exists or is imported too, no version is
/// older than the one kept) before anything is written, then writes one import per patient.
/// </summary>
internal sealed class FhirImporter(PatientServices services)
{
    public async Task<List<FhirPatientImport>> CheckAsync(IReadOnlyList<FhirEntry> entries, FhirEntryResult[] results, IReadOnlyList<FhirPlannedEntry> planned)
    {
        var imports = new List<FhirPatientImport>();
        foreach (var group in planned.GroupBy(p => p.PatientId, StringComparer.Ordinal))
        {
            var grain = services.Patient(group.Key)!;
            var patientEntry = group.FirstOrDefault(p => p.Patient is not null);
            PatientDemographics? demographics = null;
            if (patientEntry is not null)
            {
                demographics = await DemographicsAsync(grain, patientEntry, entries, results).ConfigureAwait(false);
                if (demographics is null)
                {
                    continue;
                }
            }

            var facts = new FactLists();
            foreach (var entry in group)
            {
                facts.Conditions.AddRange(entry.Facts.Conditions);
                facts.Medications.AddRange(entry.Facts.Medications);
                facts.Allergies.AddRange(entry.Facts.Allergies);
                facts.Observations.AddRange(entry.Facts.Observations);
            }

            var import = new PatientImport(demographics, [.. group.Select(p => p.Resource)], facts.ToFacts());
            var check = await grain.CheckImportAsync(import).ConfigureAwait(false);
            var indices = group.Select(p => p.Index).ToList();
            for (var k = 0; k < indices.Count; k++)
            {
                var i = indices[k];
                if (!check.PatientExists && demographics is null)
                {
                    var field = FhirMapping.SubjectOf(entries[i].Resource!).Field;
                    results[i].Issues.Add(FhirIssue.Unprocessable($"Patient/{group.Key} does not exist in your clinic.", $"{entries[i].Path}.{field}"));
                }
                else if (check.Resources[k] is { Outcome: PatientImportOutcome.Conflict } conflict)
                {
                    results[i].Issues.Add(FhirIssue.Conflict(
                        $"{conflict.ResourceType}/{conflict.Id} is kept at version {conflict.KeptVersionId}, newer than {import.Resources[k].VersionId}.",
                        $"{entries[i].Path}.meta.versionId"));
                }
            }

            imports.Add(new FhirPatientImport(group.Key, import, indices));
        }

        return imports;
    }

    /// <summary>Writes each patient's import and audits it; fills in each entry's outcome.</summary>
    public async Task ApplyAsync(IReadOnlyList<FhirPatientImport> imports, FhirEntryResult[] results, CancellationToken ct)
    {
        foreach (var (patientId, import, indices) in imports)
        {
            var result = await services.Patient(patientId)!.ImportAsync(import).ConfigureAwait(false);
            var action = result.PatientExists ? AuditActions.Update : AuditActions.Create;
            if (result.HasConflict)
            {
                // A newer version arrived between the check and this write: this patient keeps it.
                await services.Audit.RecordAsync(action, PatientServices.ResourceType, patientId, AuditOutcome.Failed, ct).ConfigureAwait(false);
            }
            else
            {
                await services.Audit.RecordWriteAsync(action, PatientServices.ResourceType, patientId, ct).ConfigureAwait(false);
            }

            for (var k = 0; k < indices.Count; k++)
            {
                results[indices[k]].Outcome = result.Resources[k];
                if (result.Resources[k].Outcome == PatientImportOutcome.Conflict)
                {
                    results[indices[k]].Issues.Add(FhirIssue.Conflict($"A newer version of {result.Resources[k].ResourceType}/{result.Resources[k].Id} is kept.", "meta.versionId"));
                }
            }
        }
    }

    /// <summary>Records a failed write for every patient a rejected request named.</summary>
    public async Task AuditFailedAsync(IEnumerable<FhirEntryResult> results, CancellationToken ct)
    {
        foreach (var id in results.Select(r => r.PatientId).OfType<string>().Distinct())
        {
            await services.Audit.RecordAsync(AuditActions.Update, PatientServices.ResourceType, id, AuditOutcome.Failed, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The demographics of an imported Patient, or null after naming what is wrong with them.</summary>
    private async Task<PatientDemographics?> DemographicsAsync(IPatientGrain grain, FhirPlannedEntry entry, IReadOnlyList<FhirEntry> entries, FhirEntryResult[] results)
    {
        var (given, family, birthDate, sex, language, identifiers) = FhirMapping.Demographics(entry.Patient!);
        language ??= (await grain.GetAsync().ConfigureAwait(false))?.Demographics.Language ?? "en";
        var request = new PatientRequest(given, family, birthDate, sex, language, identifiers);
        var errors = PatientRequestValidator.Validate(request, services.Today);
        foreach (var (field, messages) in errors)
        {
            results[entry.Index].Issues.Add(FhirIssue.Invalid($"{field}: {string.Join(' ', messages)}", FhirPath(entries[entry.Index].Path, field)));
        }

        return errors.Count == 0 ? request.ToDemographics() : null;
    }

    private static string FhirPath(string path, string field) => field switch
    {
        "givenName" => $"{path}.name.given",
        "familyName" => $"{path}.name.family",
        "birthDate" => $"{path}.birthDate",
        "sex" => $"{path}.gender",
        "language" => $"{path}.communication.language",
        _ when field.StartsWith("identifiers", StringComparison.Ordinal) => $"{path}.identifier",
        _ => path,
    };
}
