namespace Mesh.Grains.Scribe;

/// <summary>What the patient's record already knows, used to recognise names the built-in lexicons lack.</summary>
/// <param name="Medications">Medication names on record, such as a brand name the lexicon does not hold.</param>
/// <param name="Allergies">Allergies on record.</param>
/// <param name="Conditions">Known conditions.</param>
public sealed record PatientFacts(IReadOnlyList<string> Medications, IReadOnlyList<string> Allergies, IReadOnlyList<string> Conditions)
{
    /// <summary>No known facts.</summary>
    public static PatientFacts None { get; } = new([], [], []);
}
