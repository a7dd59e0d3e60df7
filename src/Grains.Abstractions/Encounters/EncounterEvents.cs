using System.Text.Json.Serialization;
using Orleans;

namespace Mesh.Grains.Encounters;

/// <summary>
/// Something the clinic apps in an encounter are told. Numbered by the conversation from 1, so a client that
/// reconnects asks for what came after the last number it saw.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TranscriptSegmentEvent), EncounterEventNames.TranscriptSegment)]
[JsonDerivedType(typeof(NewMessageEvent), EncounterEventNames.NewMessage)]
[JsonDerivedType(typeof(TtsAudioEvent), EncounterEventNames.TtsAudio)]
[JsonDerivedType(typeof(CommandExecutedEvent), EncounterEventNames.CommandExecuted)]
[JsonDerivedType(typeof(DraftReadyEvent), EncounterEventNames.DraftReady)]
[JsonDerivedType(typeof(EncounterStatusEvent), EncounterEventNames.Status)]
[JsonDerivedType(typeof(EncounterErrorEvent), EncounterEventNames.Error)]
[JsonDerivedType(typeof(RadiologyTextEvent), EncounterEventNames.Radiology)]
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterEvent")]
public abstract record EncounterEvent
{
    /// <summary>The event's number within its encounter.</summary>
    [Id(0)]
    public long Sequence { get; init; }

    /// <summary>The conversation it belongs to.</summary>
    [Id(1)]
    public string ConversationId { get; init; } = "";

    /// <summary>When it happened.</summary>
    [Id(2)]
    public DateTimeOffset At { get; init; }

    /// <summary>The SignalR method the event is sent as.</summary>
    [JsonIgnore]
    public abstract string Name { get; }
}

/// <summary>The names events are sent under.</summary>
public static class EncounterEventNames
{
    /// <summary>transcriptSegment</summary>
    public const string TranscriptSegment = "transcriptSegment";
    /// <summary>newMessage</summary>
    public const string NewMessage = "newMessage";
    /// <summary>ttsAudio</summary>
    public const string TtsAudio = "ttsAudio";
    /// <summary>commandExecuted</summary>
    public const string CommandExecuted = "commandExecuted";
    /// <summary>draftReady</summary>
    public const string DraftReady = "draftReady";
    /// <summary>encounterStatus</summary>
    public const string Status = "encounterStatus";
    /// <summary>error</summary>
    public const string Error = "error";
    /// <summary>radiologyText</summary>
    public const string Radiology = "radiologyText";
    /// <summary>audioAck</summary>
    public const string AudioAck = "audioAck";
}

/// <summary>One final piece of the transcript.</summary>
/// <param name="SegmentId">Stable: "audio-" and the utterance's start in milliseconds, or "text-n" for typed input.</param>
/// <param name="Speaker">doctor, patient or unknown.</param>
/// <param name="Language">The language it was spoken in.</param>
/// <param name="Text">What was said.</param>
/// <param name="StartMs">Start, from the encounter's first audio.</param>
/// <param name="EndMs">End.</param>
/// <param name="FirstChunk">The first audio chunk it came from (0 for typed text).</param>
/// <param name="LastChunk">The last one.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.TranscriptSegmentEvent")]
public sealed record TranscriptSegmentEvent(
    string SegmentId, string Speaker, string Language, string Text, long StartMs, long EndMs, long FirstChunk, long LastChunk) : EncounterEvent
{
    /// <inheritdoc />
    public override string Name => EncounterEventNames.TranscriptSegment;
}

/// <summary>An utterance for the other party: the original and, in interpreter mode, its translation.</summary>
/// <param name="SegmentId">The transcript segment it came from.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Language">Its language.</param>
/// <param name="Text">What was said.</param>
/// <param name="TranslationLanguage">The listener's language, or null when no translation was asked.</param>
/// <param name="Translation">The translation, or null when none was made.</param>
/// <param name="Note">Why there is no translation, when there is none.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.NewMessageEvent")]
public sealed record NewMessageEvent(
    string SegmentId, string Speaker, string Language, string Text, string? TranslationLanguage, string? Translation, string? Note) : EncounterEvent
{
    /// <inheritdoc />
    public override string Name => EncounterEventNames.NewMessage;
}

/// <summary>Speech for the listener: the translation read aloud.</summary>
/// <param name="SegmentId">The segment it speaks.</param>
/// <param name="ForSpeaker">Who should hear it.</param>
/// <param name="Language">Its language.</param>
/// <param name="ContentType">The audio's media type (audio/wav).</param>
/// <param name="Audio">The audio; absent when the event is replayed from the stored log.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.TtsAudioEvent")]
public sealed record TtsAudioEvent(string SegmentId, string ForSpeaker, string Language, string ContentType, byte[]? Audio) : EncounterEvent
{
    /// <inheritdoc />
    public override string Name => EncounterEventNames.TtsAudio;
}

/// <summary>A voice command was carried out.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.CommandExecutedEvent")]
public sealed record CommandExecutedEvent(EncounterCommand Command) : EncounterEvent
{
    /// <inheritdoc />
    public override string Name => EncounterEventNames.CommandExecuted;
}

/// <summary>The encounter ended and its draft is ready for review.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.DraftReadyEvent")]
public sealed record DraftReadyEvent(string DraftId, int Findings, IReadOnlyList<string> Warnings) : EncounterEvent
{
    /// <inheritdoc />
    public override string Name => EncounterEventNames.DraftReady;
}

/// <summary>The encounter was paused, resumed or ended.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterStatusEvent")]
public sealed record EncounterStatusEvent(EncounterStatus Status, string ChangedBy) : EncounterEvent
{
    /// <inheritdoc />
    public override string Name => EncounterEventNames.Status;
}

/// <summary>Something went wrong that the clinic app should show; the encounter goes on.</summary>
/// <param name="Code">A stable code, e.g. stt_failed.</param>
/// <param name="Message">What happened, for people.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterErrorEvent")]
public sealed record EncounterErrorEvent(string Code, string Message) : EncounterEvent
{
    /// <inheritdoc />
    public override string Name => EncounterEventNames.Error;
}

/// <summary>The radiology report's text after a dictation.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.RadiologyTextEvent")]
public sealed record RadiologyTextEvent(string Findings, string Impressions) : EncounterEvent
{
    /// <inheritdoc />
    public override string Name => EncounterEventNames.Radiology;
}
