using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>A free-text fact of the draft (chief complaint, plan step, follow-up) with its evidence.</summary>
/// <param name="Text">The fact in words.</param>
/// <param name="Evidence">The transcript spans it came from.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.TextItem")]
public sealed record TextItem(string Text, IReadOnlyList<Evidence> Evidence);
