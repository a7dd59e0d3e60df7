using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Mesh.Grains.Patients;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Patients;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Fhir;

/// <summary>One resource to import and where it sits in the request body.</summary>
internal sealed record FhirEntry(string? FullUrl, Resource? Resource, string Path);

/// <summary>What became of one entry: the patient it concerns and its issues.</summary>
internal sealed class FhirEntryResult
{
    public List<FhirIssue> Issues { get; } = [];

    public string? PatientId { get; set; }

    public bool Skipped { get; set; }

    public bool Failed => Issues.Any(i => i.IsError);
}

/// <summary>One patient record to write.</summary>
internal sealed record FhirPatientWrite(string Id, bool Exists, PatientDemographics Demographics, PatientClinicalFacts Facts);

/// <summary>
/// Checks a set of entries as a whole (every reference resolved, every patient known, every record valid) before
/// anything is written, then writes one record per patient.
/// </summary>
internal sealed class FhirImporter(PatientServices services)
{
    public async Task<(FhirEntryResult[] Results, List<FhirPatientWrite> Writes)> PlanAsync(IReadOnlyList<FhirEntry> entries)
    {
        var results = entries.Select(_ => new FhirEntryResult()).ToArray();
        var patientEntries = new Dictionary<string, int>(StringComparer.Ordinal);
        var byFullUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        var facts = new Dictionary<string, FactLists>(StringComparer.Ordinal);
        var referencePaths = new List<(int Entry, string Id, string Path)>();

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Resource is null)
            {
                results[i].Issues.Add(FhirIssue.Invalid("The entry has no resource.", entries[i].Path));
            }
            else if (entries[i].Resource is Patient patient)
            {
                var id = string.IsNullOrEmpty(patient.Id) ? Guid.NewGuid().ToString("N") : patient.Id;
                if (!ClinicIds.IsValid(id))
                {
                    results[i].Issues.Add(FhirIssue.Invalid("The patient id is not a valid Mesh id.", $"{entries[i].Path}.id"));
                }
                else if (!patientEntries.TryAdd(id, i))
                {
                    results[i].Issues.Add(FhirIssue.Invalid($"Patient/{id} appears more than once.", $"{entries[i].Path}.id"));
                }
                else
                {
                    results[i].PatientId = id;
                    if (entries[i].FullUrl is { } fullUrl)
                    {
                        byFullUrl[fullUrl] = id;
                    }
                }
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var (resource, path) = (entries[i].Resource, entries[i].Path);
            if (resource is null or Patient)
            {
                continue;
            }

            if (!FhirMapping.IsClinical(resource))
            {
                results[i].Skipped = true;
                results[i].Issues.Add(FhirIssue.Information($"{resource.TypeName} is not imported; the entry was skipped.", path));
                continue;
            }

            var (reference, field) = FhirMapping.SubjectOf(resource);
            var id = reference is null ? null
                : byFullUrl.TryGetValue(reference, out var named) ? named
                : reference.StartsWith("Patient/", StringComparison.Ordinal) && ClinicIds.IsValid(reference["Patient/".Length..]) ? reference["Patient/".Length..]
                : null;
            if (id is null)
            {
                results[i].Issues.Add(FhirIssue.Unprocessable($"The reference '{reference}' does not name a patient.", $"{path}.{field}"));
                continue;
            }

            results[i].PatientId = id;
            referencePaths.Add((i, id, $"{path}.{field}"));
            var lists = facts.TryGetValue(id, out var found) ? found : facts[id] = new FactLists();
            if (FhirMapping.AddFact(resource, path, lists, services.Time.GetUtcNow()) is { } issue)
            {
                results[i].Issues.Add(issue);
            }
        }

        var existing = new Dictionary<string, PatientRecord?>(StringComparer.Ordinal);
        foreach (var id in patientEntries.Keys.Concat(facts.Keys).Distinct())
        {
            existing[id] = await services.Patient(id)!.GetAsync().ConfigureAwait(false);
        }

        foreach (var (entry, id, path) in referencePaths)
        {
            if (existing[id] is null && !patientEntries.ContainsKey(id))
            {
                results[entry].Issues.Add(FhirIssue.Unprocessable($"Patient/{id} does not exist in your clinic.", path));
            }
        }

        var writes = new List<FhirPatientWrite>();
        foreach (var (id, record) in existing)
        {
            var patientEntry = patientEntries.TryGetValue(id, out var index) ? index : (int?)null;
            if (record is null && patientEntry is null)
            {
                continue;
            }

            var request = ToRequest(patientEntry is { } p ? (Patient)entries[p].Resource! : null, record,
                facts.TryGetValue(id, out var added) ? added : new FactLists());
            var errors = PatientRequestValidator.Validate(request, services.Today);
            if (errors.Count > 0)
            {
                var blamed = patientEntry ?? referencePaths.First(r => r.Id == id).Entry;
                foreach (var (field, messages) in errors)
                {
                    results[blamed].Issues.Add(FhirIssue.Invalid($"{field}: {string.Join(' ', messages)}", FhirPath(entries[blamed].Path, field)));
                }

                continue;
            }

            writes.Add(new FhirPatientWrite(id, record is not null, request.ToDemographics(), request.ToFacts()));
        }

        return (results, writes);
    }

    /// <summary>Writes the records and audits each; returns the ids created (as opposed to updated).</summary>
    public async Task<HashSet<string>> ApplyAsync(IEnumerable<FhirPatientWrite> writes, CancellationToken ct)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            var grain = services.Patient(write.Id)!;
            var isNew = !write.Exists;
            if (isNew)
            {
                try
                {
                    await grain.CreateAsync(write.Demographics, write.Facts).ConfigureAwait(false);
                    created.Add(write.Id);
                }
                catch (InvalidOperationException)
                {
                    // Created by another request since the check: replace it as an update would.
                    isNew = false;
                }
            }

            if (!isNew)
            {
                await grain.UpdateAsync(write.Demographics, write.Facts).ConfigureAwait(false);
            }

            await services.Audit.RecordWriteAsync(isNew ? AuditActions.Create : AuditActions.Update, PatientServices.ResourceType, write.Id, ct)
                .ConfigureAwait(false);
        }

        return created;
    }

    /// <summary>Records a failed write for every patient a rejected request named.</summary>
    public async Task AuditFailedAsync(IEnumerable<FhirEntryResult> results, CancellationToken ct)
    {
        foreach (var id in results.Select(r => r.PatientId).OfType<string>().Distinct())
        {
            await services.Audit.RecordAsync(AuditActions.Update, PatientServices.ResourceType, id, AuditOutcome.Failed, ct).ConfigureAwait(false);
        }
    }

    private static PatientRequest ToRequest(Patient? patient, PatientRecord? record, FactLists added)
    {
        var facts = added.MergeInto(record?.Facts ?? PatientClinicalFacts.None);
        if (patient is null)
        {
            var d = record!.Demographics;
            return new PatientRequest(d.GivenName, d.FamilyName, d.BirthDate, d.Sex, d.Language, d.Identifiers,
                facts.Conditions, facts.Medications, facts.Allergies, facts.Observations);
        }

        var (given, family, birthDate, sex, language, identifiers) = FhirMapping.Demographics(patient);
        return new PatientRequest(given, family, birthDate, sex, language ?? record?.Demographics.Language ?? "en", identifiers,
            facts.Conditions, facts.Medications, facts.Allergies, facts.Observations);
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
