using System.Text.Json.Serialization;
using Mesh.Grains.Patients;
using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>
/// A drug the draft orders or continues that the patient's record says they are allergic to, or that shares a class
/// (or possible cross-reactivity) with such an allergen. It points at both sides: the words in the transcript and
/// the recorded allergy.
/// </summary>
/// <param name="Drug">The drug as the draft names it.</param>
/// <param name="Allergy">The recorded allergen, e.g. <c>Penicillin V</c>.</param>
/// <param name="Kind">The same drug, the same class, or possible cross-reactivity.</param>
/// <param name="DrugClass">The class that links them, e.g. <c>penicillins</c>; null for the same drug.</param>
/// <param name="Message">One sentence for the reviewer.</param>
/// <param name="Evidence">The transcript spans that order or continue the drug.</param>
/// <param name="Source">The AllergyIntolerance the allergy was imported from; null when it was entered in Mesh.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.AllergyConflict")]
public sealed record AllergyConflict(
    string Drug,
    string Allergy,
    AllergyConflictKind Kind,
    string? DrugClass,
    string Message,
    IReadOnlyList<Evidence> Evidence,
    PatientFactSource? Source);

/// <summary>How a drug relates to a recorded allergy.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AllergyConflictKind>))]
[GenerateSerializer, Alias("Mesh.Grains.Scribe.AllergyConflictKind")]
public enum AllergyConflictKind
{
    /// <summary>The allergen itself.</summary>
    [JsonStringEnumMemberName("same-drug")]
    SameDrug,

    /// <summary>A drug of the allergen's class (amoxicillin for a penicillin allergy).</summary>
    [JsonStringEnumMemberName("same-class")]
    SameClass,

    /// <summary>A drug of a class that may cross-react (a cephalosporin for a penicillin allergy).</summary>
    [JsonStringEnumMemberName("cross-reactivity")]
    CrossReactivity,
}
