using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>One utterance of one speaker; evidence spans point into its <see cref="Text"/>.</summary>
/// <param name="Id">Identifier unique within the transcript, such as <c>s1</c>.</param>
/// <param name="Speaker">Who spoke: Doctor, Patient, Nurse, or the label as written.</param>
/// <param name="StartMs">Offset of the first word from the start of the encounter, in milliseconds.</param>
/// <param name="EndMs">Offset of the end of the last word, in milliseconds.</param>
/// <param name="Text">What was said, exactly as transcribed.</param>
/// <param name="FirstChunk">For a live encounter: the first audio chunk the words came from; null otherwise.</param>
/// <param name="LastChunk">For a live encounter: the last audio chunk the words came from; null otherwise.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.TranscriptSegment"), Immutable]
public sealed record TranscriptSegment(string Id, string Speaker, long StartMs, long EndMs, string Text, long? FirstChunk = null, long? LastChunk = null);
