using Orleans;

namespace Mesh.Grains.Encounters;

/// <summary>A live encounter as it stands.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="Mode">Scribe, interpreter or radiology.</param>
/// <param name="DoctorLanguage">The doctor's language.</param>
/// <param name="PatientLanguage">The patient's language.</param>
/// <param name="AudioFormat">How audio arrives.</param>
/// <param name="Status">Active, paused or ended.</param>
/// <param name="Consent">The recorded consent.</param>
/// <param name="StartedBy">Who started it.</param>
/// <param name="StartedAt">When.</param>
/// <param name="Segments">The transcript so far.</param>
/// <param name="Commands">The voice commands carried out.</param>
/// <param name="Findings">Radiology findings so far.</param>
/// <param name="Impressions">Radiology impressions so far.</param>
/// <param name="LastChunkStored">The highest audio chunk stored by the conversation.</param>
/// <param name="LastEventSequence">The number of the latest event.</param>
/// <param name="DraftId">The draft made at the end, if any.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterSnapshot")]
public sealed record EncounterSnapshot(
    string ConversationId,
    string PatientId,
    EncounterMode Mode,
    string DoctorLanguage,
    string PatientLanguage,
    EncounterAudioFormat AudioFormat,
    EncounterStatus Status,
    EncounterConsent Consent,
    string StartedBy,
    DateTimeOffset StartedAt,
    IReadOnlyList<TranscriptSegmentEvent> Segments,
    IReadOnlyList<EncounterCommand> Commands,
    string Findings,
    string Impressions,
    long LastChunkStored,
    long LastEventSequence,
    string? DraftId);

/// <summary>Typed input into an encounter.</summary>
/// <param name="Speaker">doctor or patient.</param>
/// <param name="Text">What they typed.</param>
/// <remarks>In radiology mode, text opening with "Findings:" or "Impression:" goes to that section, as speech does.</remarks>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterText"), Immutable]
public sealed record EncounterText(string Speaker, string Text);

/// <summary>A live encounter cannot do what was asked in its current state (no consent, paused, ended, not started).</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterStateException")]
public sealed class EncounterStateException(string message) : InvalidOperationException(message);
