using Mesh.Grains.Scribe;

namespace Mesh.Grains.Live;

/// <summary>
/// A live encounter's segments as the transcript its draft is made from, as they are: the same ids, times, speakers and
/// audio chunk ranges, so every fact's evidence points at the words as they were heard and at the audio they came from.
/// </summary>
public static class LiveTranscript
{
    public static Transcript Of(LiveEncounterState live) => new([.. live.Segments.Select(segment => new TranscriptSegment(
        segment.SegmentId,
        Label(segment.Speaker),
        segment.StartMs,
        segment.EndMs,
        segment.Text,
        segment.FirstChunk > 0 ? segment.FirstChunk : null,
        segment.LastChunk > 0 ? segment.LastChunk : null))]);

    // A speaker the encounter could not tell stays unknown: the doctor reviews every fact, and a wrong label is worse than none.
    private static string Label(string speaker) => speaker switch
    {
        SpeakerRoles.Doctor => "Doctor",
        SpeakerRoles.Patient => "Patient",
        _ => "Unknown",
    };
}
