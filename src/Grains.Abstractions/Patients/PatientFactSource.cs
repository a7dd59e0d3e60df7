using Orleans;

namespace Mesh.Grains.Patients;

/// <summary>The imported FHIR resource a fact on the record came from, so a draft can cite it.</summary>
/// <param name="ResourceType">The FHIR resource type, e.g. <c>AllergyIntolerance</c>.</param>
/// <param name="ResourceId">Its logical id within the clinic.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientFactSource"), Immutable]
public sealed record PatientFactSource(string ResourceType, string ResourceId)
{
    /// <summary>The FHIR reference, e.g. <c>AllergyIntolerance/a1</c>.</summary>
    public override string ToString() => $"{ResourceType}/{ResourceId}";
}
