using Orleans;

namespace Mesh.Grains.Patients;

/// <summary>A problem on the patient's problem list.</summary>
/// <param name="Text">The condition as written.</param>
/// <param name="Icd10">Its ICD-10 code, when known.</param>
/// <param name="Onset">When it began, when known.</param>
/// <param name="Active">Whether it is still active.</param>
/// <param name="Source">The imported resource it came from; null when entered in Mesh.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientCondition"), Immutable]
public sealed record PatientCondition(string Text, string? Icd10, DateOnly? Onset, bool Active, PatientFactSource? Source = null);

/// <summary>A medication the patient takes or took.</summary>
/// <param name="Name">Generic name.</param>
/// <param name="Dose">Dose, e.g. <c>500 mg</c>.</param>
/// <param name="Route">Route, e.g. <c>oral</c>.</param>
/// <param name="Frequency">Frequency, e.g. <c>twice daily</c>.</param>
/// <param name="Active">Whether the patient still takes it.</param>
/// <param name="Source">The imported resource it came from; null when entered in Mesh.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientMedication"), Immutable]
public sealed record PatientMedication(string Name, string? Dose, string? Route, string? Frequency, bool Active, PatientFactSource? Source = null);

/// <summary>An allergy or intolerance.</summary>
/// <param name="Substance">What the patient reacts to.</param>
/// <param name="Reaction">How, when known.</param>
/// <param name="Source">The imported resource it came from; null when entered in Mesh.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientAllergy"), Immutable]
public sealed record PatientAllergy(string Substance, string? Reaction, PatientFactSource? Source = null);

/// <summary>A measurement, such as a vital sign or a lab value.</summary>
/// <param name="Kind">What was measured, e.g. <c>bloodPressure</c>.</param>
/// <param name="Value">The value as recorded, e.g. <c>128/82</c>.</param>
/// <param name="Unit">Its unit, e.g. <c>mmHg</c>.</param>
/// <param name="RecordedAt">When it was measured.</param>
/// <param name="Source">The imported resource it came from; null when entered in Mesh.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientObservation"), Immutable]
public sealed record PatientObservation(string Kind, string Value, string? Unit, DateTimeOffset RecordedAt, PatientFactSource? Source = null);

/// <summary>A visit of the patient, linking to its conversation and, once signed, its report.</summary>
/// <param name="ConversationId">The conversation that recorded the visit.</param>
/// <param name="Date">The visit date.</param>
/// <param name="DoctorId">The treating doctor.</param>
/// <param name="ReportId">The signed report, once there is one.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientEncounter"), Immutable]
public sealed record PatientEncounter(string ConversationId, DateOnly Date, string DoctorId, string? ReportId);

/// <summary>The clinical lists of a patient record, replaced as a whole on update.</summary>
/// <param name="Conditions">Problem list.</param>
/// <param name="Medications">Medication list.</param>
/// <param name="Allergies">Allergies.</param>
/// <param name="Observations">Recent observations.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientClinicalFacts")]
public sealed record PatientClinicalFacts(
    IReadOnlyList<PatientCondition> Conditions,
    IReadOnlyList<PatientMedication> Medications,
    IReadOnlyList<PatientAllergy> Allergies,
    IReadOnlyList<PatientObservation> Observations)
{
    /// <summary>No facts recorded.</summary>
    public static PatientClinicalFacts None { get; } = new([], [], [], []);
}
