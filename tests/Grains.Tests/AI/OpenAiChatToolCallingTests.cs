using System.Text.Json;
using Mesh.Grains.AI;
using Mesh.Grains.AI.Http;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.Tests.AI;

public sealed class OpenAiChatToolCallingTests : IAsyncLifetime
{
    private static readonly ChatTool Weather = new("get_weather", "Reads the weather of a city.", JsonDocument.Parse("""
        {
          "type": "object",
          "properties": { "city": { "type": "string" } },
          "required": ["city"],
          "additionalProperties": false
        }
        """).RootElement.Clone());

    private readonly HttpClient _http = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task CallToolsAsync_ModelCallsATool_ReturnsItsNameAndArguments()
    {
        _server.Responses.ToolCalls = _ => [new FakeToolCall("get_weather", """{"city":"Szeged"}""")];

        var calls = await Provider().CallToolsAsync(Request(), CancellationToken.None);

        var call = Assert.Single(calls);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("Szeged", JsonDocument.Parse(call.Arguments).RootElement.GetProperty("city").GetString());
    }

    [Fact]
    public async Task CallToolsAsync_SendsFunctionToolsWithStrictSchemasAndNoResponseFormat()
    {
        await Provider().CallToolsAsync(Request(), CancellationToken.None);

        var body = Assert.Single(_server.Requests).Json!;
        Assert.Equal("gpt-test", body["model"]!.GetValue<string>());
        Assert.Equal("auto", body["tool_choice"]!.GetValue<string>());
        Assert.Null(body["response_format"]);
        var tool = Assert.Single(body["tools"]!.AsArray())!;
        Assert.Equal("function", tool["type"]!.GetValue<string>());
        Assert.Equal("get_weather", tool["function"]!["name"]!.GetValue<string>());
        Assert.True(tool["function"]!["strict"]!.GetValue<bool>());
        Assert.Equal("string", tool["function"]!["parameters"]!["properties"]!["city"]!["type"]!.GetValue<string>());
        Assert.Equal(["system", "user"], body["messages"]!.AsArray().Select(m => m!["role"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CallToolsAsync_ModelAnswersInText_ReturnsNoCalls()
    {
        Assert.Empty(await Provider().CallToolsAsync(Request(), CancellationToken.None));
    }

    [Fact]
    public async Task CallToolsAsync_ArgumentsSentAsAnObject_AreAccepted()
    {
        _server.Responses.ToolCalls = _ => [new FakeToolCall("get_weather", """{"city":"Pécs"}""", ArgumentsAsObject: true)];

        var call = Assert.Single(await Provider().CallToolsAsync(Request(), CancellationToken.None));

        Assert.Equal("Pécs", JsonDocument.Parse(call.Arguments).RootElement.GetProperty("city").GetString());
    }

    [Fact]
    public async Task CallToolsAsync_ModelCallsAToolNotOffered_ThrowsProviderResponseException()
    {
        _server.Responses.ToolCalls = _ => [new FakeToolCall("delete_patient", "{}")];

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => Provider().CallToolsAsync(Request(), CancellationToken.None));

        Assert.Contains("delete_patient", error.Message);
    }

    [Fact]
    public async Task CallToolsAsync_ArgumentsAreNotJson_ThrowsProviderResponseException()
    {
        _server.Responses.ToolCalls = _ => [new FakeToolCall("get_weather", "{city: Szeged")];

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => Provider().CallToolsAsync(Request(), CancellationToken.None));

        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public async Task CallToolsAsync_NoTools_IsRejectedBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Provider().CallToolsAsync(Request() with { Tools = [] }, CancellationToken.None));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task CallToolsAsync_Unconfigured_SaysWhichKeysToSet()
    {
        var error = await Assert.ThrowsAsync<ProviderNotConfiguredException>(
            () => new UnconfiguredChatCompletion().CallToolsAsync(Request(), CancellationToken.None));

        Assert.Equal(AiCapabilities.Chat, error.Capability);
        Assert.Contains("Mesh:AI:Chat:BaseUrl", error.Message);
    }

    private static ChatToolRequest Request() =>
        new([ChatMessage.System("Answer with a tool when you can."), ChatMessage.User("What is the weather in Szeged?")], [Weather]);

    private OpenAiChatCompletion Provider() =>
        new(_http, FakeAi.Options(_server, model: "gpt-test"), NullLogger<OpenAiChatCompletion>.Instance, TimeProvider.System);
}
