using Mesh.Grains.Audio;
using Microsoft.Extensions.AI;
using OpenAI.Audio;

namespace Mesh.Grains.AI;

/// <summary>Transcribes an <see cref="AudioClip"/> with timed segments through any <see cref="ISpeechToTextClient"/>.</summary>
public static class SpeechTranscription
{
    /// <summary>
    /// Transcribes <paramref name="audio"/>; <paramref name="language"/> (ISO 639-1) is a hint, null to let the engine
    /// decide. OpenAI-compatible servers are asked for <c>verbose_json</c>, so segments carry their timing.
    /// </summary>
    public static async Task<SpeechTranscript> TranscribeAsync(this ISpeechToTextClient client, AudioClip audio, string? language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(audio);
        if (audio.Data.Length == 0)
        {
            throw new ArgumentException("The audio clip is empty.", nameof(audio));
        }

        var options = new SpeechToTextOptions
        {
            SpeechLanguage = string.IsNullOrWhiteSpace(language) ? null : language,
            RawRepresentationFactory = _ => new AudioTranscriptionOptions
            {
                ResponseFormat = AudioTranscriptionFormat.Verbose,
                TimestampGranularities = AudioTimestampGranularities.Segment,
            },
        };

        // The stream is seekable, so the client names the upload after the format it sniffs (audio.wav, audio.webm, ...).
        using var stream = new MemoryStream(audio.Data, writable: false);
        var response = await client.GetTextAsync(stream, options, ct).ConfigureAwait(false);
        return response.RawRepresentation switch
        {
            AudioTranscription transcription => FromOpenAi(transcription, options.SpeechLanguage),
            SpeechTranscript transcript => transcript,
            _ => FromResponse(response, options.SpeechLanguage),
        };
    }

    private static SpeechTranscript FromOpenAi(AudioTranscription transcription, string? requestedLanguage)
    {
        var text = transcription.Text?.Trim() ?? throw Unusable("the transcription answer has no \"text\" string");
        var segments = new List<SpeechSegment>();
        foreach (var segment in transcription.Segments)
        {
            var segmentText = segment.Text?.Trim() ?? throw Unusable("a transcription segment has no \"text\" string");
            segments.Add(new SpeechSegment(segment.StartTime, segment.EndTime, segmentText));
        }

        if (segments.Count == 0 && text.Length > 0)
        {
            // Plain "json" servers give only text: keep it as one segment spanning whatever duration they report.
            segments.Add(new SpeechSegment(TimeSpan.Zero, transcription.Duration ?? TimeSpan.Zero, text));
        }

        return new SpeechTranscript(text, transcription.Language ?? requestedLanguage, segments);
    }

    private static SpeechTranscript FromResponse(SpeechToTextResponse response, string? requestedLanguage)
    {
        var text = response.Text.Trim();
        IReadOnlyList<SpeechSegment> segments = text.Length == 0
            ? []
            : [new SpeechSegment(response.StartTime ?? TimeSpan.Zero, response.EndTime ?? response.StartTime ?? TimeSpan.Zero, text)];
        return new SpeechTranscript(text, requestedLanguage, segments);
    }

    private static ProviderResponseException Unusable(string problem) => new(AiCapabilities.SpeechToText, problem);
}
