using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI;

/// <summary>Chat answers as JSON that must follow a schema (OpenAI structured outputs, strict), at temperature 0.</summary>
public static class StructuredChat
{
    /// <summary>
    /// Sends <paramref name="messages"/> asking for JSON following <paramref name="schema"/> and returns it parsed. An answer
    /// cut off, empty or not JSON is a <see cref="ProviderResponseException"/> of <paramref name="capability"/>.
    /// Whether it matches the schema beyond that is the caller's to check.
    /// </summary>
    public static async Task<JsonElement> GetJsonAsync(
        this IChatClient chat, IEnumerable<ChatMessage> messages, string schemaName, JsonElement schema, string capability, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var options = new ChatOptions
        {
            Temperature = 0,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, schemaName),
            AdditionalProperties = new() { ["strict"] = true },
        };
        var response = await chat.GetResponseAsync(messages, options, ct).ConfigureAwait(false);
        if (response.FinishReason == ChatFinishReason.Length)
        {
            throw new ProviderResponseException(capability, "the answer was cut off at the model's token limit");
        }

        var text = response.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ProviderResponseException(capability, "the model's answer is empty");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new ProviderResponseException(capability, $"the model's answer is not valid JSON: {error.Message}", inner: error);
        }
    }
}
