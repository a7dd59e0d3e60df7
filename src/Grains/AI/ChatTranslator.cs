using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI;

/// <summary>Translation through a chat model, the one configured under <c>Mesh:AI:Translation</c>.</summary>
public sealed class ChatTranslator(IChatClient chat) : ITranslator
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": { "translation": { "type": "string" } },
          "required": ["translation"],
          "additionalProperties": false
        }
        """).RootElement.Clone();

    /// <inheritdoc />
    public async Task<Translation> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text) || string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return new Translation(text, from, to, Translated: false);
        }

        ChatMessage[] messages =
        [
            new(ChatRole.System,
                $"You interpret between a doctor and a patient. Translate the user's message from language '{from}' to language '{to}'. " +
                "Translate faithfully and completely: keep numbers, doses, units, drug names and negations exactly; " +
                "add nothing, omit nothing, do not answer or explain. Reply as JSON with the translation only."),
            new(ChatRole.User, text),
        ];
        var answer = await chat.GetJsonAsync(messages, "translation", Schema, AiCapabilities.Translation, ct).ConfigureAwait(false);
        return answer.ValueKind == JsonValueKind.Object
            && answer.TryGetProperty("translation", out var translation)
            && translation.ValueKind == JsonValueKind.String
            ? new Translation(translation.GetString()!, from, to, Translated: true)
            : throw new ProviderResponseException(AiCapabilities.Translation, "the answer has no \"translation\" string");
    }
}
