namespace Mesh.Grains.AI;

/// <summary>A stretch of speech and when it was spoken, relative to the start of the clip.</summary>
public sealed record SpeechSegment(TimeSpan Start, TimeSpan End, string Text);
