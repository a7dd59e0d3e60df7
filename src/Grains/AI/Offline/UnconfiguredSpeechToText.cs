using Mesh.Grains.Audio;

namespace Mesh.Grains.AI.Offline;

/// <summary>
/// The offline default: no speech model runs on this host, so transcription is refused with instructions rather than
/// faked. The scribe flow answers this by asking for a typed transcript.
/// </summary>
public sealed class UnconfiguredSpeechToText : ISpeechToText
{
    /// <inheritdoc />
    public Task<SpeechTranscript> TranscribeAsync(AudioClip audio, string? language, CancellationToken ct) =>
        Task.FromException<SpeechTranscript>(ProviderNotConfiguredException.MissingEndpoint(
            AiCapabilities.SpeechToText, "Until then, supply the transcript as text."));
}
