using Hl7.Fhir.Model;
using Mesh.Grains.Patients;

namespace Mesh.WebFrontend.Fhir;

/// <summary>One resource to import and where it sits in the request body.</summary>
internal sealed record FhirEntry(string? FullUrl, Resource? Resource, string Path);

/// <summary>What became of one entry: the resource it is, the patient it concerns, its issues and outcome.</summary>
internal sealed class FhirEntryResult
{
    public List<FhirIssue> Issues { get; } = [];

    public string? ResourceType { get; set; }

    public string? ResourceId { get; set; }

    public string? PatientId { get; set; }

    /// <summary>
    /// Whether the id was made up for this request (the resource had no id and no urn:uuid full URL): sending the
    /// resource again gives it another, so nothing that must happen once may hang on it.
    /// </summary>
    public bool IdMadeUp { get; set; }

    public PatientResourceOutcome? Outcome { get; set; }

    public bool Failed => Issues.Any(i => i.IsError);

    /// <summary>Where the stored resource is read back.</summary>
    public string? Location => Failed || ResourceId is null ? null
        : ResourceType == "Patient" ? $"/api/v1/patients/{ResourceId}"
        : $"{ResourceType}/{ResourceId}";
}

/// <summary>One entry ready to be kept: its patient, the resource as stored, the facts it states.</summary>
internal sealed record FhirPlannedEntry(int Index, string PatientId, PatientResource Resource, Patient? Patient, FactLists Facts);
