namespace Mesh.Grains.AI;

/// <summary>What a speech engine heard: the whole text, the language it reports, and timed segments.</summary>
public sealed record SpeechTranscript(string Text, string? Language, IReadOnlyList<SpeechSegment> Segments);
