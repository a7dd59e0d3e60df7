using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>A symptom the patient reported or denied.</summary>
/// <param name="Name">The symptom, such as <c>cough</c> or <c>köhögés</c>.</param>
/// <param name="Negated">True when it was denied ("no fever", "denies chest pain").</param>
/// <param name="Duration">How long it has lasted, as said ("for three days"), when said.</param>
/// <param name="Evidence">The transcript spans it came from.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.SymptomItem")]
public sealed record SymptomItem(string Name, bool Negated, string? Duration, IReadOnlyList<Evidence> Evidence);
