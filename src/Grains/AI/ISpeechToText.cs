using Mesh.Grains.Audio;

namespace Mesh.Grains.AI;

/// <summary>Turns recorded speech into timed text segments.</summary>
public interface ISpeechToText
{
    /// <summary>Transcribes <paramref name="audio"/>; <paramref name="language"/> (ISO 639-1) is a hint, null to let the engine decide.</summary>
    Task<SpeechTranscript> TranscribeAsync(AudioClip audio, string? language, CancellationToken ct);
}
