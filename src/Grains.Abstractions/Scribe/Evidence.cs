using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>
/// The transcript span a drafted fact came from: <see cref="Quote"/> equals
/// <c>segment.Text.Substring(Start, End - Start)</c>, so a reviewer can see the words behind every fact.
/// </summary>
/// <param name="SegmentId">The segment the quote comes from.</param>
/// <param name="Start">Index of the first quoted character in the segment text.</param>
/// <param name="End">Index just past the last quoted character.</param>
/// <param name="Quote">The quoted text.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.Evidence"), Immutable]
public sealed record Evidence(string SegmentId, int Start, int End, string Quote);
