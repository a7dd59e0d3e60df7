using Orleans;

namespace Mesh.Grains.Encounters;

/// <summary>What a live encounter is for.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterMode")]
public enum EncounterMode
{
    /// <summary>A visit recorded for a draft note.</summary>
    Scribe,

    /// <summary>Doctor and patient speak different languages; each utterance is translated and spoken to the other.</summary>
    Interpreter,

    /// <summary>A radiologist dictates findings and impressions.</summary>
    Radiology,
}

/// <summary>How audio arrives from the clinic app.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterAudioFormat")]
public enum EncounterAudioFormat
{
    /// <summary>Raw PCM, 16-bit little-endian, 16 kHz, mono (what an AudioWorklet sends).</summary>
    Pcm16,

    /// <summary>WebM/Opus from MediaRecorder; converted to PCM with one ffmpeg process per encounter.</summary>
    Webm,
}

/// <summary>Where a live encounter is in its life.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterStatus")]
public enum EncounterStatus
{
    /// <summary>Taking audio and text.</summary>
    Active,

    /// <summary>Refusing audio until resumed.</summary>
    Paused,

    /// <summary>Over; its draft is generated.</summary>
    Ended,
}
