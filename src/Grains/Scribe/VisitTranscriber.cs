using Mesh.Grains.AI;
using Mesh.Grains.Audio;
using Mesh.Grains.Conversations;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Scribe;

/// <summary>
/// Turns what the doctor sent into a transcript: the recording through speech-to-text when a provider is configured,
/// else (or when it fails) the typed fallback transcript. Bad input is refused with the reason, never guessed at.
/// </summary>
public sealed class VisitTranscriber(ISpeechToTextClient speech)
{
    public async Task<Transcript> TranscribeAsync(DraftRequest request, List<string> warnings, CancellationToken ct)
    {
        var fallback = string.IsNullOrWhiteSpace(request.FallbackTranscript) ? null : request.FallbackTranscript;
        if (request.Audio is null)
        {
            return fallback is null
                ? throw new ScribeInputException("Send the visit's audio or a fallbackTranscript.")
                : TranscriptParser.Parse(fallback);
        }

        var clip = Check(request.Audio);
        try
        {
            var spoken = await speech.TranscribeAsync(clip, request.Language, ct).ConfigureAwait(false);
            if (spoken.Segments.Count > 0 || !string.IsNullOrWhiteSpace(spoken.Text))
            {
                return FromSpeech(spoken);
            }

            warnings.Add("Speech-to-text heard no words in the audio.");
        }
        catch (ProviderNotConfiguredException notConfigured) when (fallback is null)
        {
            throw new ScribeInputException(
                $"No speech-to-text provider is configured, so audio cannot be transcribed. {notConfigured.Message} Or send fallbackTranscript.", notConfigured);
        }
        catch (Exception failure) when (failure is ProviderNotConfiguredException or ProviderResponseException or ProviderTimeoutException)
        {
            if (fallback is null)
            {
                throw new ScribeInputException($"Speech-to-text failed: {failure.Message}", failure);
            }

            warnings.Add($"Speech-to-text unavailable ({failure.GetType().Name}); the typed transcript was used.");
        }

        return fallback is null
            ? throw new ScribeInputException("The audio holds no speech and no fallbackTranscript was sent.")
            : TranscriptParser.Parse(fallback);
    }

    private static AudioClip Check(byte[] audio)
    {
        if (audio.Length == 0)
        {
            throw new ScribeInputException("The audio file is empty.");
        }

        var clip = AudioClip.FromBytes(audio);
        if (clip.Format == AudioFormat.Unknown)
        {
            throw new ScribeInputException("The audio is not wav, webm/opus, ogg, mp3 or m4a (judged by its content, not its name).");
        }

        if (clip.Format == AudioFormat.Wav)
        {
            try
            {
                WavReader.Read(audio);
            }
            catch (WavFormatException malformed)
            {
                throw new ScribeInputException($"The WAV audio is unreadable: {malformed.Message}", malformed);
            }
        }

        return clip;
    }

    private static Transcript FromSpeech(SpeechTranscript spoken)
    {
        if (spoken.Segments.Count == 0)
        {
            return new Transcript([new TranscriptSegment("s1", "Speaker", 0, 0, spoken.Text.Trim())]);
        }

        return new Transcript([.. spoken.Segments.Select((s, i) => new TranscriptSegment(
            $"s{i + 1}", "Speaker", (long)s.Start.TotalMilliseconds, (long)s.End.TotalMilliseconds, s.Text.Trim()))]);
    }
}
