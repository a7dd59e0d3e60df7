namespace Mesh.Grains.Patients;

/// <summary>
/// What a patient id is, for the patient API, the chat and the agent team's tools and questions. FHIR imports check
/// patient ids with the web front end's clinic id rule, which is the same <see cref="RecordIds"/> rule at the same length.
/// </summary>
public static class PatientIds
{
    /// <summary>The longest patient id Mesh takes.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="id"/> can be a patient id.</summary>
    public static bool IsValid(string? id) => RecordIds.IsValid(id, MaxLength);
}
