using System.Text.Json.Nodes;

namespace Mesh.Grains.AI.Http;

/// <summary>Builds the body of an OpenAI-compatible <c>/chat/completions</c> request: strict json_schema output, or tools.</summary>
internal static class ChatRequestJson
{
    public static JsonObject Build(string model, ChatRequest request)
    {
        return new JsonObject
        {
            ["model"] = model,
            ["messages"] = Messages(request.Messages),
            ["temperature"] = request.Temperature,
            ["response_format"] = new JsonObject
            {
                ["type"] = "json_schema",
                ["json_schema"] = new JsonObject
                {
                    ["name"] = request.SchemaName,
                    ["strict"] = true,
                    ["schema"] = JsonNode.Parse(request.JsonSchema.GetRawText()),
                },
            },
        };
    }

    public static JsonObject BuildToolCall(string model, ChatToolRequest request)
    {
        var tools = new JsonArray();
        foreach (var tool in request.Tools)
        {
            tools.Add(new JsonObject
            {
                ["type"] = "function",
                ["function"] = new JsonObject
                {
                    ["name"] = tool.Name,
                    ["description"] = tool.Description,
                    ["parameters"] = JsonNode.Parse(tool.Parameters.GetRawText()),
                    ["strict"] = true,
                },
            });
        }

        return new JsonObject
        {
            ["model"] = model,
            ["messages"] = Messages(request.Messages),
            ["temperature"] = request.Temperature,
            ["tools"] = tools,
            ["tool_choice"] = "auto",
        };
    }

    private static JsonArray Messages(IReadOnlyList<ChatMessage> messages)
    {
        var array = new JsonArray();
        foreach (var message in messages)
        {
            array.Add(new JsonObject
            {
                ["role"] = message.Role.ToString().ToLowerInvariant(),
                ["content"] = Content(message),
            });
        }

        return array;
    }

    private static JsonNode Content(ChatMessage message)
    {
        if (message.Images.Count == 0)
        {
            return JsonValue.Create(message.Text);
        }

        var parts = new JsonArray { new JsonObject { ["type"] = "text", ["text"] = message.Text } };
        foreach (var image in message.Images)
        {
            parts.Add(new JsonObject
            {
                ["type"] = "image_url",
                ["image_url"] = new JsonObject { ["url"] = image.ToDataUrl() },
            });
        }

        return parts;
    }
}
