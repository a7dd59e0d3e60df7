using System.Text.Json;
using System.Text.Json.Nodes;
using Mesh.Grains.AI;
using Mesh.Grains.AI.Http;
using Mesh.Grains.Tests.Audio;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.Tests.AI;

public sealed class OpenAiChatCompletionTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task CompleteJsonAsync_SchemaRequest_ReturnsModelContent()
    {
        _server.Responses.ChatContent = _ => """{"medications":["amoxicillin 500 mg"]}""";

        var json = await Provider().CompleteJsonAsync(ChatRequests.Simple(), CancellationToken.None);

        Assert.Equal("amoxicillin 500 mg", JsonDocument.Parse(json).RootElement.GetProperty("medications")[0].GetString());
    }

    [Fact]
    public async Task CompleteJsonAsync_SendsStrictJsonSchemaAndMessages()
    {
        await Provider().CompleteJsonAsync(ChatRequests.Simple(), CancellationToken.None);

        var body = Assert.Single(_server.Requests).Json!;
        Assert.Equal("gpt-test", body["model"]!.GetValue<string>());
        Assert.Equal(0, body["temperature"]!.GetValue<double>());
        var format = body["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        Assert.True(format["json_schema"]!["strict"]!.GetValue<bool>());
        Assert.Equal("medications", format["json_schema"]!["name"]!.GetValue<string>());
        Assert.Equal("array", format["json_schema"]!["schema"]!["properties"]!["medications"]!["type"]!.GetValue<string>());
        var messages = body["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => m!["role"]!.GetValue<string>()));
        Assert.StartsWith("Doctor: take amoxicillin", messages[1]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task CompleteJsonAsync_WithImage_SendsDataUrlContentPart()
    {
        var png = await TestMedia.ImageAsync("png");
        var request = ChatRequests.Simple() with
        {
            Messages = [ChatMessage.UserWithImages("Read the referral letter.", ChatImage.FromBytes(png))],
        };

        await Provider().CompleteJsonAsync(request, CancellationToken.None);

        var parts = Assert.Single(_server.Requests).Json!["messages"]![0]!["content"]!.AsArray();
        Assert.Equal("Read the referral letter.", parts[0]!["text"]!.GetValue<string>());
        Assert.Equal("image_url", parts[1]!["type"]!.GetValue<string>());
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), parts[1]!["image_url"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task CompleteJsonAsync_ContentIsNotJson_ThrowsProviderResponseException()
    {
        _server.Responses.ChatContent = _ => "Sure! The patient takes amoxicillin.";

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => Provider().CompleteJsonAsync(ChatRequests.Simple(), CancellationToken.None));

        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public async Task CompleteJsonAsync_NoChoices_ThrowsProviderResponseException()
    {
        _server.FailNext(new FakeFault(FakeFaultKind.MalformedJson));

        await Assert.ThrowsAsync<ProviderResponseException>(() => Provider().CompleteJsonAsync(ChatRequests.Simple(), CancellationToken.None));
    }

    private OpenAiChatCompletion Provider() =>
        new(_http, FakeAi.Options(_server, model: "gpt-test"), NullLogger<OpenAiChatCompletion>.Instance, TimeProvider.System);
}
