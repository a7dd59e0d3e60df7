namespace Mesh.Grains.Patients;

/// <summary>What a patient id is, for the patient API, FHIR and X12 imports, and the agent team's tools and questions alike.</summary>
public static class PatientIds
{
    /// <summary>The longest patient id Mesh takes.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="id"/> can be a patient id.</summary>
    public static bool IsValid(string? id) => RecordIds.IsValid(id, MaxLength);
}
