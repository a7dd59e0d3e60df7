using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>An allergy the patient reported.</summary>
/// <param name="Substance">The allergen, such as <c>penicillin</c> or <c>peanuts</c>.</param>
/// <param name="Reaction">The reaction, such as <c>hives</c>, when said.</param>
/// <param name="Evidence">The transcript spans it came from.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.AllergyItem")]
public sealed record AllergyItem(string Substance, string? Reaction, IReadOnlyList<Evidence> Evidence);
