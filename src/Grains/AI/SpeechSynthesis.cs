using Mesh.Grains.Audio;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI;

/// <summary>Speaks text as WAV through any <see cref="ITextToSpeechClient"/>, e.g. a translated answer to the patient.</summary>
public static class SpeechSynthesis
{
    /// <summary>
    /// Synthesizes <paramref name="text"/> in <paramref name="language"/> (ISO 639-1) as WAV; audio in any other format
    /// is a <see cref="ProviderResponseException"/>, since players and the live view expect WAV.
    /// </summary>
    public static async Task<AudioClip> SynthesizeWavAsync(this ITextToSpeechClient client, string text, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var options = new TextToSpeechOptions { Language = language, AudioFormat = "wav" };
        var response = await client.GetAudioAsync(text, options, ct).ConfigureAwait(false);
        var audio = response.Contents.OfType<DataContent>().FirstOrDefault()?.Data.ToArray()
            ?? throw new ProviderResponseException(AiCapabilities.TextToSpeech, "the answer holds no audio");
        var format = AudioFormatSniffer.Detect(audio);
        return format == AudioFormat.Wav
            ? new AudioClip(audio, format)
            : throw new ProviderResponseException(AiCapabilities.TextToSpeech, $"the speech answer is {audio.Length} bytes of {format} audio instead of WAV");
    }
}
