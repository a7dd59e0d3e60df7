using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>A piece of work the encounter leaves for the clinic, for a human to confirm.</summary>
/// <param name="Kind">What sort of work it is.</param>
/// <param name="Text">The work in words.</param>
/// <param name="Evidence">The transcript spans it came from.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.Actionable")]
public sealed record Actionable(ActionableKind Kind, string Text, IReadOnlyList<Evidence> Evidence);
