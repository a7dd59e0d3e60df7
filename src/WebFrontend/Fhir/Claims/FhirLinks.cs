using Hl7.Fhir.Model;
using Mesh.Grains.Patients;

namespace Mesh.WebFrontend.Fhir.Claims;

/// <summary>
/// Follows the references of a Claim or ExplanationOfBenefit: to its contained resources, to the other entries of the
/// same import (by full URL or <c>{type}/{id}</c>), and, for a Condition the import does not carry, to the conditions
/// already kept on the patient's record.
/// </summary>
internal sealed class FhirLinks
{
    private readonly Dictionary<string, Resource> _resources = new(StringComparer.Ordinal);
    // Keyed by patient as well: two patients' records may each hold a Condition of the same id.
    private readonly Dictionary<(string PatientId, string ConditionId), string?> _recordIcd10 = [];

    public FhirLinks(IEnumerable<FhirEntry> entries)
    {
        foreach (var (fullUrl, resource, _) in entries)
        {
            if (resource is null)
            {
                continue;
            }

            if (!string.IsNullOrEmpty(fullUrl))
            {
                _resources[fullUrl] = resource;
            }

            if (!string.IsNullOrEmpty(resource.Id))
            {
                _resources[$"{resource.TypeName}/{resource.Id}"] = resource;
            }
        }
    }

    /// <summary>Remembers the ICD-10 codes of the conditions on a patient's record, by the Condition they were imported from.</summary>
    public void AddRecordConditions(string patientId, IEnumerable<PatientCondition> conditions)
    {
        foreach (var condition in conditions.Where(c => c.Source is { ResourceType: "Condition" }))
        {
            _recordIcd10.TryAdd((patientId, condition.Source!.ResourceId), FhirBilling.NormalizeIcd10(condition.Icd10));
        }
    }

    /// <summary>The resource a reference names, when the import carries it (or <paramref name="owner"/> contains it).</summary>
    public Resource? Resolve(ResourceReference? reference, DomainResource owner)
    {
        var target = reference?.Reference;
        if (string.IsNullOrEmpty(target))
        {
            return null;
        }

        if (target.StartsWith('#'))
        {
            return owner.Contained.FirstOrDefault(c => c.Id == target[1..]);
        }

        return _resources.GetValueOrDefault(target);
    }

    /// <summary>The logical id a reference gives a resource of <paramref name="type"/>: an entry of the import, or a relative <c>{type}/{id}</c>.</summary>
    public string? IdOf(ResourceReference? reference, DomainResource owner, string type)
    {
        if (Resolve(reference, owner) is { } resource)
        {
            return resource.TypeName == type ? resource.Id : null;
        }

        var target = reference?.Reference;
        return target is not null && target.StartsWith(type + "/", StringComparison.Ordinal) ? target[(type.Length + 1)..] : null;
    }

    /// <summary>The ICD-10 code of a Condition a claim's diagnosis points at, from the import or the record of the claim's patient.</summary>
    public string? Icd10OfCondition(ResourceReference reference, DomainResource owner, string patientId)
    {
        if (Resolve(reference, owner) is Condition condition)
        {
            return FhirBilling.Icd10(condition.Code);
        }

        return IdOf(reference, owner, "Condition") is { } id ? _recordIcd10.GetValueOrDefault((patientId, id)) : null;
    }
}
