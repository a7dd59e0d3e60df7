using Mesh.Grains.AI;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.AI;

[Collection(FakeOpenAiCollection.Name)]
public sealed class TranslatorTests : IDisposable
{
    private readonly FakeOpenAiServer _server;
    private readonly ServiceProvider _services;

    public TranslatorTests(FakeOpenAiServer server)
    {
        _server = server;
        _server.Reset();
        _services = FakeAi.Services(FakeAi.Settings(server, capabilities: [AiCapabilities.Translation]));
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task TranslateAsync_Http_ReturnsModelTranslation()
    {
        _server.Responses.ChatContent = _ => """{"translation":"Hol fáj a legjobban?"}""";

        var translation = await Translator().TranslateAsync("Where does it hurt most?", "en", "hu", CancellationToken.None);

        Assert.Equal(new Translation("Hol fáj a legjobban?", "en", "hu", Translated: true), translation);
        var messages = Assert.Single(_server.Requests).Json!["messages"]!.AsArray();
        var instruction = messages[0]!["content"]!.GetValue<string>();
        Assert.Contains("'en'", instruction);
        Assert.Contains("'hu'", instruction);
        Assert.Equal("Where does it hurt most?", messages[1]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task TranslateAsync_SameLanguage_SkipsTheServer()
    {
        var translation = await Translator().TranslateAsync("Guten Tag", "de", "de", CancellationToken.None);

        Assert.False(translation.Translated);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task TranslateAsync_AnswerWithoutTranslationField_ThrowsProviderResponseException()
    {
        _server.Responses.ChatContent = _ => """{"text":"Hol fáj?"}""";

        await Assert.ThrowsAsync<ProviderResponseException>(() => Translator().TranslateAsync("Where?", "en", "hu", CancellationToken.None));
    }

    [Fact]
    public async Task TranslateAsync_Offline_ReturnsTextUnchangedAndSaysSo()
    {
        var translation = await new PassThroughTranslator().TranslateAsync("Fáj a fejem.", "hu", "en", CancellationToken.None);

        Assert.Equal(new Translation("Fáj a fejem.", "hu", "en", Translated: false), translation);
    }

    private ITranslator Translator() => _services.GetRequiredService<ITranslator>();
}
