using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>The words of an encounter as timed segments, in the order they were spoken.</summary>
/// <param name="Segments">The segments, first spoken first.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.Transcript")]
public sealed record Transcript(IReadOnlyList<TranscriptSegment> Segments)
{
    /// <summary>A transcript with no segments.</summary>
    public static Transcript Empty { get; } = new([]);
}
