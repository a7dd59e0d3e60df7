namespace Mesh.Grains.Encounters;

/// <summary>A live transcript as the typed-transcript text the scribe's draft flow reads ("Doctor: ...").</summary>
public static class LiveTranscriptText
{
    public static string Of(LiveEncounterState live) =>
        string.Join('\n', live.Segments.Select(segment => $"{Label(segment.Speaker)}: {segment.Text}"));

    // A speaker the encounter could not tell is written as the doctor's: in a one-language visit the scribe's
    // extractor reads the whole conversation either way, and the doctor reviews every fact.
    private static string Label(string speaker) => speaker == SpeakerRoles.Patient ? "Patient" : "Doctor";
}
