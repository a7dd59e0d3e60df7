using Orleans;

namespace Mesh.Grains.Patients;

/// <summary>
/// One imported FHIR R4 resource kept with the patient as the clinic's system sent it (references resolved), so it
/// can be exported again unchanged.
/// </summary>
/// <param name="ResourceType">The FHIR resource type, e.g. <c>Encounter</c>.</param>
/// <param name="Id">Its logical id within the clinic.</param>
/// <param name="VersionId">Its <c>meta.versionId</c>, when the sender gave one.</param>
/// <param name="LastUpdated">When Mesh stored this version.</param>
/// <param name="Json">The resource as FHIR R4 JSON.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientResource"), Immutable]
public sealed record PatientResource(string ResourceType, string Id, string? VersionId, DateTimeOffset LastUpdated, string Json)
{
    /// <summary>The key of the resource within the patient: <c>{ResourceType}/{Id}</c>.</summary>
    public string Key => $"{ResourceType}/{Id}";
}
