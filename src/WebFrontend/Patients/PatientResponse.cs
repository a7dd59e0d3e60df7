using Mesh.Grains.Patients;

namespace Mesh.WebFrontend.Patients;

/// <summary>A patient as the API returns it: demographics flattened next to the clinical lists.</summary>
public sealed record PatientResponse(
    string Id,
    string GivenName,
    string FamilyName,
    DateOnly BirthDate,
    PatientSex Sex,
    string Language,
    IReadOnlyList<PatientIdentifier> Identifiers,
    IReadOnlyList<PatientCondition> Conditions,
    IReadOnlyList<PatientMedication> Medications,
    IReadOnlyList<PatientAllergy> Allergies,
    IReadOnlyList<PatientObservation> Observations,
    IReadOnlyList<PatientEncounter> Encounters,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PatientResponse From(PatientRecord record)
    {
        var d = record.Demographics;
        var f = record.Facts;
        return new PatientResponse(record.Id, d.GivenName, d.FamilyName, d.BirthDate, d.Sex, d.Language, d.Identifiers,
            f.Conditions, f.Medications, f.Allergies, f.Observations, record.Encounters, record.CreatedAt, record.UpdatedAt);
    }
}
