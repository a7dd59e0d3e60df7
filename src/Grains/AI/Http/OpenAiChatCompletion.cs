using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.AI.Http;

/// <summary>Structured chat completions and tool calls over the OpenAI-compatible <c>/chat/completions</c> endpoint.</summary>
public sealed class OpenAiChatCompletion : IChatCompletion, IChatToolCalling
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

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChatToolCall>> CallToolsAsync(ChatToolRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Tools.Count == 0)
        {
            throw new ArgumentException("A tool-calling request needs at least one tool.", nameof(request));
        }

        var body = ChatRequestJson.BuildToolCall(_client.Model, request);
        using var json = await _client.PostForJsonAsync("/chat/completions", () => JsonContent.Create(body), ct).ConfigureAwait(false);
        var message = Message(json.RootElement);
        if (!message.TryGetProperty("tool_calls", out var toolCalls) || toolCalls.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (toolCalls.ValueKind != JsonValueKind.Array)
        {
            throw _client.Unusable("choices[0].message.tool_calls is not an array");
        }

        var calls = new List<ChatToolCall>();
        foreach (var call in toolCalls.EnumerateArray())
        {
            calls.Add(ToolCall(call, request.Tools));
        }

        return calls;
    }

    private ChatToolCall ToolCall(JsonElement call, IReadOnlyList<ChatTool> offered)
    {
        if (call.ValueKind != JsonValueKind.Object
            || !call.TryGetProperty("function", out var function)
            || function.ValueKind != JsonValueKind.Object
            || !function.TryGetProperty("name", out var nameElement)
            || nameElement.ValueKind != JsonValueKind.String)
        {
            throw _client.Unusable("a tool call has no function name");
        }

        var name = nameElement.GetString()!;
        if (!offered.Any(tool => tool.Name == name))
        {
            throw _client.Unusable($"the model called '{name}', which it was not offered");
        }

        // OpenAI sends the arguments as a JSON string; some compatible servers send the object itself.
        var arguments = function.TryGetProperty("arguments", out var value) ? value : default;
        var text = arguments.ValueKind switch
        {
            JsonValueKind.String => arguments.GetString()!,
            JsonValueKind.Object => arguments.GetRawText(),
            _ => throw _client.Unusable($"the call of '{name}' has no arguments"),
        };
        try
        {
            using var parsed = JsonDocument.Parse(text);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw _client.Unusable($"the arguments of '{name}' are not a JSON object");
            }
        }
        catch (JsonException error)
        {
            throw new ProviderResponseException(_client.Capability, $"the arguments of '{name}' are not valid JSON: {error.Message}", inner: error);
        }

        return new ChatToolCall(name, text);
    }

    private string MessageContent(JsonElement root)
    {
        var message = Message(root);
        return message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : throw _client.Unusable("choices[0].message.content is missing");
    }

    private JsonElement Message(JsonElement root)
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

        return message;
    }
}
