using Mesh.Grains.Patients;

namespace Mesh.WebFrontend.Patients;

/// <summary>
/// The body of POST and PUT /patients. Every field is nullable so that a missing one is reported by name in a 400
/// rather than failing to bind; unknown fields are rejected by the JSON options.
/// </summary>
public sealed record PatientRequest(
    string? GivenName,
    string? FamilyName,
    DateOnly? BirthDate,
    PatientSex? Sex,
    string? Language,
    IReadOnlyList<PatientIdentifier>? Identifiers = null,
    IReadOnlyList<PatientCondition>? Conditions = null,
    IReadOnlyList<PatientMedication>? Medications = null,
    IReadOnlyList<PatientAllergy>? Allergies = null,
    IReadOnlyList<PatientObservation>? Observations = null)
{
    /// <summary>The demographics; call only after <see cref="PatientRequestValidator"/> found no errors.</summary>
    public PatientDemographics ToDemographics() =>
        new(GivenName!.Trim(), FamilyName!.Trim(), BirthDate!.Value, Sex!.Value, Language!, Identifiers ?? []);

    /// <summary>The clinical lists, empty where not given.</summary>
    public PatientClinicalFacts ToFacts() => new(Conditions ?? [], Medications ?? [], Allergies ?? [], Observations ?? []);
}
