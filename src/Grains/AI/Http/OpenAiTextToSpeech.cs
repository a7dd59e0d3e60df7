using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mesh.Grains.Audio;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.AI.Http;

/// <summary>Text-to-speech over the OpenAI-compatible <c>/audio/speech</c> endpoint, always asking for WAV.</summary>
public sealed class OpenAiTextToSpeech : ITextToSpeech
{
    private readonly OpenAiHttpClient _client;
    private readonly string _voice;

    /// <summary>Creates the provider; throws <see cref="ProviderNotConfiguredException"/> when <paramref name="options"/> lack BaseUrl or Model.</summary>
    public OpenAiTextToSpeech(HttpClient httpClient, AiEndpointOptions options, ILogger<OpenAiTextToSpeech> logger, TimeProvider timeProvider)
    {
        _client = new OpenAiHttpClient(httpClient, options, AiCapabilities.TextToSpeech, logger, timeProvider);
        _voice = options.Voice;
    }

    /// <inheritdoc />
    public async Task<AudioClip> SynthesizeAsync(string text, string language, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);

        // The OpenAI speech API infers the language from the text; the voice is chosen by configuration.
        var body = new JsonObject
        {
            ["model"] = _client.Model,
            ["input"] = text,
            ["voice"] = _voice,
            ["response_format"] = "wav",
        };
        var audio = await _client.PostAsync("/audio/speech", () => JsonContent.Create(body), ct).ConfigureAwait(false);
        var format = AudioFormatSniffer.Detect(audio);
        return format == AudioFormat.Wav
            ? new AudioClip(audio, format)
            : throw _client.Unusable($"/audio/speech returned {audio.Length} bytes of {format} audio instead of WAV");
    }
}
