using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.AI.Http;

/// <summary>Structured chat completions over the OpenAI-compatible <c>/chat/completions</c> endpoint.</summary>
public sealed class OpenAiChatCompletion : IChatCompletion
{
    private readonly OpenAiHttpClient _client;

    /// <summary>Creates the provider for the <c>Chat</c> capability.</summary>
    public OpenAiChatCompletion(HttpClient httpClient, AiEndpointOptions options, ILogger<OpenAiChatCompletion> logger, TimeProvider timeProvider)
        : this(httpClient, options, AiCapabilities.Chat, logger, timeProvider)
    {
    }

    internal OpenAiChatCompletion(HttpClient httpClient, AiEndpointOptions options, string capability, ILogger logger, TimeProvider timeProvider)
    {
        _client = new OpenAiHttpClient(httpClient, options, capability, logger, timeProvider);
    }

    /// <inheritdoc />
    public async Task<string> CompleteJsonAsync(ChatRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = ChatRequestJson.Build(_client.Model, request);
        using var json = await _client.PostForJsonAsync("/chat/completions", () => JsonContent.Create(body), ct).ConfigureAwait(false);
        var content = MessageContent(json.RootElement);
        try
        {
            using var parsed = JsonDocument.Parse(content);
        }
        catch (JsonException error)
        {
            throw new ProviderResponseException(_client.Capability, $"the model's answer is not valid JSON: {error.Message}", inner: error);
        }

        return content;
    }

    private string MessageContent(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("choices", out var choices)
            || choices.ValueKind != JsonValueKind.Array
            || choices.GetArrayLength() == 0
            || !choices[0].TryGetProperty("message", out var message))
        {
            throw _client.Unusable("the completion has no choices[0].message");
        }

        if (message.TryGetProperty("refusal", out var refusal) && refusal.ValueKind == JsonValueKind.String)
        {
            throw _client.Unusable($"the model refused: {refusal.GetString()}");
        }

        if (choices[0].TryGetProperty("finish_reason", out var finish) && finish.ValueKind == JsonValueKind.String && finish.ValueEquals("length"))
        {
            throw _client.Unusable("the answer was cut off at the model's token limit");
        }

        return message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : throw _client.Unusable("choices[0].message.content is missing");
    }
}
