using Hl7.Fhir.Model;
using Mesh.Grains.Patients;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// Reads a set of entries on its own, before any grain is asked: gives every resource its id, resolves the bundle's
/// full URLs, finds the patient each resource belongs to and the facts it states, and names what is wrong where.
/// </summary>
internal static class FhirPlanner
{
    public static (FhirEntryResult[] Results, List<FhirPlannedEntry> Planned) Plan(IReadOnlyList<FhirEntry> entries, DateTimeOffset now)
    {
        var results = entries.Select(_ => new FhirEntryResult()).ToArray();
        var references = new FhirReferences();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var (fullUrl, resource, path) = entries[i];
            if (resource is null)
            {
                results[i].Issues.Add(FhirIssue.Invalid("The entry has no resource.", path));
                continue;
            }

            if (!FhirMapping.IsImported(resource.TypeName))
            {
                results[i].Issues.Add(FhirIssue.Information($"{resource.TypeName} is not imported; the entry was skipped.", path));
                references.Add(fullUrl, resource.TypeName, IdOf(resource, fullUrl));
                continue;
            }

            var id = IdOf(resource, fullUrl);
            results[i].ResourceType = resource.TypeName;
            results[i].IdMadeUp = string.IsNullOrEmpty(resource.Id) && !IsUuidUrl(fullUrl);
            if (!ClinicIds.IsValid(id))
            {
                results[i].Issues.Add(FhirIssue.Invalid($"The {resource.TypeName} id is not a valid id (1-64 letters, digits, '-', '.').", $"{path}.id"));
            }
            else if (!seen.Add($"{resource.TypeName}/{id}"))
            {
                results[i].Issues.Add(FhirIssue.Invalid($"{resource.TypeName}/{id} appears more than once.", $"{path}.id"));
            }
            else
            {
                results[i].ResourceId = id;
                references.Add(fullUrl, resource.TypeName, id);
            }
        }

        var planned = new List<FhirPlannedEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (results[i].ResourceId is not { } id)
            {
                continue;
            }

            var (resource, path) = (entries[i].Resource!, entries[i].Path);
            string? patientId = id;
            if (resource is not Patient)
            {
                var (reference, field) = FhirMapping.SubjectOf(resource);
                var local = references.Resolve(reference);
                patientId = local is not null && local.StartsWith("Patient/", StringComparison.Ordinal) && ClinicIds.IsValid(local["Patient/".Length..])
                    ? local["Patient/".Length..] : null;
                if (patientId is null)
                {
                    results[i].Issues.Add(FhirIssue.Unprocessable($"The reference '{reference}' does not name a patient.", $"{path}.{field}"));
                    continue;
                }
            }

            results[i].PatientId = patientId;
            resource.Id = id;
            var facts = new FactLists();
            if (FhirMapping.AddFact(resource, path, facts, now) is { } issue)
            {
                results[i].Issues.Add(issue);
                continue;
            }

            planned.Add(new FhirPlannedEntry(i, patientId, new PatientResource(resource.TypeName, id, resource.Meta?.VersionId, now, ""),
                resource as Patient, facts));
        }

        // Serializing is the other half of an import's cost; each resource on its own, so in parallel.
        Parallel.For(0, planned.Count, k =>
        {
            var json = references.Rewrite(FhirFormat.ToJson(entries[planned[k].Index].Resource!));
            planned[k] = planned[k] with { Resource = planned[k].Resource with { Json = json } };
        });
        return (results, planned);
    }

    /// <summary>The resource's own id, else the uuid of its urn:uuid full URL (so a replayed bundle names the same resources), else a new one.</summary>
    private static string IdOf(Resource resource, string? fullUrl) =>
        !string.IsNullOrEmpty(resource.Id) ? resource.Id
        : IsUuidUrl(fullUrl) ? fullUrl!["urn:uuid:".Length..]
        : Guid.NewGuid().ToString("N");

    private static bool IsUuidUrl(string? fullUrl) => fullUrl is not null && fullUrl.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase);
}
