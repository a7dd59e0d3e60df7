using System.Text.Json;
using Mesh.Grains.AI;
using Mesh.Grains.Audio;
using Mesh.Grains.Tests.Audio;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.AI;

[Collection(FakeOpenAiCollection.Name)]
public sealed class StructuredChatTests : IDisposable
{
    private readonly FakeOpenAiServer _server;
    private readonly ServiceProvider _services;

    public StructuredChatTests(FakeOpenAiServer server)
    {
        _server = server;
        _server.Reset();
        _services = FakeAi.Services(FakeAi.Settings(server, model: "gpt-test", capabilities: [AiCapabilities.Chat]));
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task GetJsonAsync_SchemaRequest_ReturnsModelContent()
    {
        _server.Responses.ChatContent = _ => """{"medications":["amoxicillin 500 mg"]}""";

        var json = await AskAsync(ChatRequests.Messages());

        Assert.Equal("amoxicillin 500 mg", json.GetProperty("medications")[0].GetString());
    }

    [Fact]
    public async Task GetJsonAsync_SendsStrictJsonSchemaAndMessages()
    {
        await AskAsync(ChatRequests.Messages());

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
    public async Task GetJsonAsync_WithImage_SendsDataUrlContentPart()
    {
        var png = await TestMedia.ImageAsync("png");
        ChatMessage[] messages =
        [
            new(ChatRole.User, [new TextContent("Read the referral letter."), new DataContent(png, ImageFormatSniffer.MimeType(ImageFormat.Png))]),
        ];

        await AskAsync(messages);

        var parts = Assert.Single(_server.Requests).Json!["messages"]![0]!["content"]!.AsArray();
        Assert.Equal("Read the referral letter.", parts[0]!["text"]!.GetValue<string>());
        Assert.Equal("image_url", parts[1]!["type"]!.GetValue<string>());
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), parts[1]!["image_url"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetJsonAsync_ContentIsNotJson_ThrowsProviderResponseException()
    {
        _server.Responses.ChatContent = _ => "Sure! The patient takes amoxicillin.";

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => AskAsync(ChatRequests.Messages()));

        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public async Task GetJsonAsync_NoChoices_ThrowsProviderResponseException()
    {
        _server.FailNext(new FakeFault(FakeFaultKind.MalformedJson));

        await Assert.ThrowsAsync<ProviderResponseException>(() => AskAsync(ChatRequests.Messages()));
    }

    private Task<JsonElement> AskAsync(IEnumerable<ChatMessage> messages) =>
        _services.GetRequiredService<IChatClient>().GetJsonAsync(messages, "medications", ChatRequests.MedicationSchema, AiCapabilities.Chat, CancellationToken.None);
}
