using Mesh.Grains.Encounters;

namespace Mesh.Grains.Live;

/// <summary>The stored part of a live encounter; kept inside the conversation's state.</summary>
public sealed class LiveEncounterState
{
    public required EncounterStart Start { get; set; }

    public EncounterStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastActivityAt { get; set; }

    public List<TranscriptSegmentEvent> Segments { get; set; } = [];

    public List<EncounterCommand> Commands { get; set; } = [];

    public string Findings { get; set; } = "";

    public string Impressions { get; set; } = "";

    /// <summary>Where radiology dictation goes until the radiologist says otherwise: findings or impressions.</summary>
    public string RadiologySection { get; set; } = RadiologySections.Findings;

    /// <summary>The highest audio chunk stored.</summary>
    public long LastChunkStored { get; set; }

    /// <summary>Where the voice activity detector picks up after a failover; chunks from its first chunk on are replayed.</summary>
    public Live.VoiceActivityResumePoint? ResumePoint { get; set; }

    /// <summary>How many typed inputs there were; numbers their segment ids.</summary>
    public int TextInputs { get; set; }

    public long LastEventSequence { get; set; }

    /// <summary>The latest events, for clients that re-join; speech audio is not kept here.</summary>
    public List<EncounterEvent> Events { get; set; } = [];

    public string? DraftId { get; set; }
}

/// <summary>The two parts of a radiology report that dictation fills.</summary>
public static class RadiologySections
{
    public const string Findings = "findings";
    public const string Impressions = "impressions";
}
