using System.Net.Http.Headers;
using System.Text.Json;
using Mesh.Grains.Audio;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.AI.Http;

/// <summary>
/// Speech-to-text over the OpenAI-compatible <c>/audio/transcriptions</c> endpoint (OpenAI, Azure OpenAI, whisper.cpp
/// server, faster-whisper servers, LocalAI), asking for <c>verbose_json</c> so segments carry their timing.
/// </summary>
public sealed class OpenAiSpeechToText : ISpeechToText
{
    private readonly OpenAiHttpClient _client;

    /// <summary>Creates the provider; throws <see cref="ProviderNotConfiguredException"/> when <paramref name="options"/> lack BaseUrl or Model.</summary>
    public OpenAiSpeechToText(HttpClient httpClient, AiEndpointOptions options, ILogger<OpenAiSpeechToText> logger, TimeProvider timeProvider)
    {
        _client = new OpenAiHttpClient(httpClient, options, AiCapabilities.SpeechToText, logger, timeProvider);
    }

    /// <inheritdoc />
    public async Task<SpeechTranscript> TranscribeAsync(AudioClip audio, string? language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (audio.Data.Length == 0)
        {
            throw new ArgumentException("The audio clip is empty.", nameof(audio));
        }

        using var json = await _client.PostForJsonAsync("/audio/transcriptions", () => Form(audio, language), ct).ConfigureAwait(false);
        return Parse(json.RootElement, language);
    }

    private MultipartFormDataContent Form(AudioClip audio, string? language)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(audio.Data);
        file.Headers.ContentType = new MediaTypeHeaderValue(MimeType(audio.Format));
        form.Add(file, "file", "audio." + Extension(audio.Format));
        form.Add(new StringContent(_client.Model), "model");
        form.Add(new StringContent("verbose_json"), "response_format");
        if (!string.IsNullOrWhiteSpace(language))
        {
            form.Add(new StringContent(language), "language");
        }

        return form;
    }

    private SpeechTranscript Parse(JsonElement root, string? requestedLanguage)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            throw _client.Unusable("the transcription answer has no \"text\" string");
        }

        var text = textElement.GetString()!.Trim();
        var language = root.TryGetProperty("language", out var lang) && lang.ValueKind == JsonValueKind.String ? lang.GetString() : requestedLanguage;
        var segments = new List<SpeechSegment>();
        if (root.TryGetProperty("segments", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var segment in list.EnumerateArray())
            {
                var segmentText = segment.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()!.Trim()
                    : throw _client.Unusable("a transcription segment has no \"text\" string");
                segments.Add(new SpeechSegment(Seconds(segment, "start"), Seconds(segment, "end"), segmentText));
            }
        }

        if (segments.Count == 0 && text.Length > 0)
        {
            // Plain "json" servers give only text: keep it as one segment spanning whatever duration they report.
            var end = root.TryGetProperty("duration", out var duration) && duration.TryGetDouble(out var d) ? TimeSpan.FromSeconds(d) : TimeSpan.Zero;
            segments.Add(new SpeechSegment(TimeSpan.Zero, end, text));
        }

        return new SpeechTranscript(text, language, segments);
    }

    private TimeSpan Seconds(JsonElement segment, string name) =>
        segment.TryGetProperty(name, out var value) && value.TryGetDouble(out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : throw _client.Unusable($"a transcription segment has no numeric \"{name}\"");

    private static string MimeType(AudioFormat format) => format switch
    {
        AudioFormat.Wav => "audio/wav",
        AudioFormat.WebM => "audio/webm",
        AudioFormat.Ogg => "audio/ogg",
        AudioFormat.Mp3 => "audio/mpeg",
        AudioFormat.M4a => "audio/mp4",
        _ => "application/octet-stream",
    };

    // Servers pick a decoder from the file name's extension, so it must match the content we sniffed.
    private static string Extension(AudioFormat format) => format switch
    {
        AudioFormat.Wav => "wav",
        AudioFormat.WebM => "webm",
        AudioFormat.Ogg => "ogg",
        AudioFormat.Mp3 => "mp3",
        AudioFormat.M4a => "m4a",
        _ => "bin",
    };
}
