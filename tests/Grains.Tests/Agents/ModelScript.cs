using System.Text.Json.Nodes;
using Mesh.Grains.Tests.Fakes;

namespace Mesh.Grains.Tests.Agents;

/// <summary>
/// Scripts the fake model for a team turn: the selector's request (it offers choose_specialist) gets the chosen name;
/// a specialist's request is answered by the step for the tools it offers and how many tool results it already holds.
/// </summary>
public static class ModelScript
{
    public static void Play(FakeOpenAiServer server, string specialist, Func<IReadOnlyList<string>, int, FakeToolCall?> step, string finalText)
    {
        server.Responses.ToolCalls = json =>
        {
            var offered = Offered(json);
            if (offered.Contains("choose_specialist"))
            {
                return [new FakeToolCall("choose_specialist", $$"""{"specialist":"{{specialist}}"}""")];
            }

            return step(offered, ToolResults(json)) is { } call ? [call] : [];
        };
        server.Responses.ToolFreeContentOf = _ => finalText;
    }

    public static IReadOnlyList<string> Offered(JsonNode json) =>
        [.. (json["tools"] as JsonArray ?? []).Select(t => t!["function"]!["name"]!.GetValue<string>())];

    public static int ToolResults(JsonNode json) =>
        (json["messages"] as JsonArray ?? []).Count(m => m?["role"]?.GetValue<string>() == "tool");

    /// <summary>Every tool result Mesh sent the model, in order.</summary>
    public static IReadOnlyList<string> ToolMessages(FakeOpenAiServer server) =>
        [.. server.Requests.Select(r => r.Json).OfType<JsonNode>()
            .SelectMany(j => j["messages"] as JsonArray ?? [])
            .Where(m => m?["role"]?.GetValue<string>() == "tool")
            .Select(m => m!["content"]?.ToString() ?? string.Empty)
            .Distinct()];
}
