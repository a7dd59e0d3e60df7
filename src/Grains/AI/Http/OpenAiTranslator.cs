using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.AI.Http;

/// <summary>Translation through an OpenAI-compatible chat model, configured separately under <c>Mesh:AI:Translation</c>.</summary>
public sealed class OpenAiTranslator : ITranslator
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": { "translation": { "type": "string" } },
          "required": ["translation"],
          "additionalProperties": false
        }
        """).RootElement.Clone();

    private readonly OpenAiChatCompletion _chat;

    /// <summary>Creates the provider; throws <see cref="ProviderNotConfiguredException"/> when <paramref name="options"/> lack BaseUrl or Model.</summary>
    public OpenAiTranslator(HttpClient httpClient, AiEndpointOptions options, ILogger<OpenAiTranslator> logger, TimeProvider timeProvider)
    {
        _chat = new OpenAiChatCompletion(httpClient, options, AiCapabilities.Translation, logger, timeProvider);
    }

    /// <inheritdoc />
    public async Task<Translation> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text) || string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return new Translation(text, from, to, Translated: false);
        }

        var request = new ChatRequest(
            [
                ChatMessage.System(
                    $"You interpret between a doctor and a patient. Translate the user's message from language '{from}' to language '{to}'. " +
                    "Translate faithfully and completely: keep numbers, doses, units, drug names and negations exactly; " +
                    "add nothing, omit nothing, do not answer or explain. Reply as JSON with the translation only."),
                ChatMessage.User(text),
            ],
            "translation",
            Schema);
        var json = await _chat.CompleteJsonAsync(request, ct).ConfigureAwait(false);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("translation", out var translation)
            && translation.ValueKind == JsonValueKind.String
            ? new Translation(translation.GetString()!, from, to, Translated: true)
            : throw new ProviderResponseException(AiCapabilities.Translation, "the answer has no \"translation\" string");
    }
}
