using System.Text.Json.Nodes;

namespace Mesh.Grains.AI.Http;

/// <summary>Builds the body of an OpenAI-compatible <c>/chat/completions</c> request with strict json_schema output.</summary>
internal static class ChatRequestJson
{
    public static JsonObject Build(string model, ChatRequest request)
    {
        var messages = new JsonArray();
        foreach (var message in request.Messages)
        {
            messages.Add(new JsonObject
            {
                ["role"] = message.Role.ToString().ToLowerInvariant(),
                ["content"] = Content(message),
            });
        }

        return new JsonObject
        {
            ["model"] = model,
            ["messages"] = messages,
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
