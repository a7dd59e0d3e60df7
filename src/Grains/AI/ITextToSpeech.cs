using Mesh.Grains.Audio;

namespace Mesh.Grains.AI;

/// <summary>Speaks text aloud, e.g. a translated answer to the patient.</summary>
public interface ITextToSpeech
{
    /// <summary>Synthesizes <paramref name="text"/> in <paramref name="language"/> (ISO 639-1) as WAV audio.</summary>
    Task<AudioClip> SynthesizeAsync(string text, string language, CancellationToken ct);
}
