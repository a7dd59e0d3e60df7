using Mesh.Grains.Patients;

namespace Mesh.Grains.AI.Privacy;

/// <summary>
/// The patient a text is about, as far as Mesh knows: their names and identifiers are replaced wherever they occur, and
/// their id fixes how far dates are shifted.
/// </summary>
/// <param name="PatientId">The patient id; the same id always gets the same date shift in one process.</param>
/// <param name="Names">Given and family names (each word is looked for on its own).</param>
/// <param name="BirthDate">Date of birth, when known.</param>
/// <param name="Identifiers">Record, insurance and national identifiers from the patient's record.</param>
public sealed record PhiSubject(string PatientId, IReadOnlyList<string> Names, DateOnly? BirthDate, IReadOnlyList<string> Identifiers)
{
    /// <summary>The patient of a draft.</summary>
    public static PhiSubject From(PatientContext patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return new PhiSubject(patient.PatientId, [patient.DisplayName], patient.BirthDate, []);
    }

    /// <summary>A patient as the clinic holds them, with their identifiers.</summary>
    public static PhiSubject From(PatientRecord patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var demographics = patient.Demographics;
        return new PhiSubject(
            patient.Id, [demographics.GivenName, demographics.FamilyName], demographics.BirthDate, [.. demographics.Identifiers.Select(i => i.Value)]);
    }
}
