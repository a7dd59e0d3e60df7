using Mesh.Grains.AI;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.Audio;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenAI.Audio;
using OpenAI.Chat;

namespace Mesh.Grains.Tests.AI;

public sealed class AiServiceCollectionExtensionsTests
{
    [Fact]
    public void AddMeshAiProviders_NothingConfigured_RegistersOfflineDefaults()
    {
        using var provider = Build([]);

        Assert.IsType<UnconfiguredSpeechToTextClient>(provider.GetRequiredService<ISpeechToTextClient>());
        Assert.False(provider.GetRequiredService<IChatClient>().IsConfigured());
        Assert.False(provider.GetRequiredKeyedService<IChatClient>(AiCapabilities.Translation).IsConfigured());
        Assert.IsType<PassThroughTranslator>(provider.GetRequiredService<ITranslator>());
        Assert.IsType<EspeakTextToSpeech>(provider.GetRequiredService<ITextToSpeechClient>());
        Assert.IsType<NGramLanguageDetector>(provider.GetRequiredService<ILanguageDetector>());
    }

    [Fact]
    public void AddMeshAiProviders_EndpointsConfigured_RegistersOpenAiClients()
    {
        using var provider = Build(new()
        {
            ["Mesh:AI:SpeechToText:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["Mesh:AI:SpeechToText:Model"] = "whisper-1",
            ["Mesh:AI:Chat:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["Mesh:AI:Chat:Model"] = "gpt-4o-mini",
            ["Mesh:AI:Translation:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["Mesh:AI:Translation:Model"] = "gpt-4o-mini",
            ["Mesh:AI:TextToSpeech:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["Mesh:AI:TextToSpeech:Model"] = "tts-1",
        });

        Assert.NotNull(provider.GetRequiredService<ISpeechToTextClient>().GetService<AudioClient>());
        Assert.NotNull(provider.GetRequiredService<IChatClient>().GetService<ChatClient>());
        Assert.NotSame(provider.GetRequiredService<IChatClient>(), provider.GetRequiredKeyedService<IChatClient>(AiCapabilities.Translation));
        Assert.IsType<ChatTranslator>(provider.GetRequiredService<ITranslator>());
        Assert.NotNull(provider.GetRequiredService<ITextToSpeechClient>().GetService<AudioClient>());
    }

    [Fact]
    public void AddMeshAiProviders_CalledTwice_RegistersEachClientOnce()
    {
        var services = new ServiceCollection();
        var configuration = Configuration([]);

        services.AddMeshAiProviders(configuration).AddMeshAiProviders(configuration);

        Assert.Single(services, service => service.ServiceType == typeof(IChatClient) && !service.IsKeyedService);
        Assert.Single(services, service => service.ServiceType == typeof(ISpeechToTextClient));
    }

    [Fact]
    public async Task SpeechToText_NotConfigured_SaysWhichKeysToSet()
    {
        using var provider = Build(new() { ["Mesh:AI:SpeechToText:Model"] = "whisper-1" });

        var error = await Assert.ThrowsAsync<ProviderNotConfiguredException>(() => provider.GetRequiredService<ISpeechToTextClient>()
            .TranscribeAsync(new AudioClip([1], AudioFormat.Wav), null, CancellationToken.None));

        Assert.Contains("Mesh:AI:SpeechToText:BaseUrl", error.Message);
        Assert.Contains("transcript", error.Message);
    }

    [Fact]
    public async Task Chat_NotConfigured_SaysWhichKeysToSet()
    {
        using var provider = Build([]);

        var error = await Assert.ThrowsAsync<ProviderNotConfiguredException>(
            () => provider.GetRequiredService<IChatClient>().GetResponseAsync(ChatRequests.Messages(), cancellationToken: CancellationToken.None));

        Assert.Contains("Mesh:AI:Chat:BaseUrl", error.Message);
        Assert.Contains("Mesh:AI:Chat:Model", error.Message);
    }

    [Fact]
    public void FromConfiguration_ReadsEveryKey()
    {
        var options = AiEndpointOptions.FromConfiguration(Configuration(new()
        {
            ["Mesh:AI:TextToSpeech:BaseUrl"] = "http://tts.local/v1",
            ["Mesh:AI:TextToSpeech:Model"] = "tts-1",
            ["Mesh:AI:TextToSpeech:ApiKey"] = "secret",
            ["Mesh:AI:TextToSpeech:TimeoutSeconds"] = "12.5",
            ["Mesh:AI:TextToSpeech:MaxRetries"] = "1",
            ["Mesh:AI:TextToSpeech:MaxRetryDelaySeconds"] = "3",
            ["Mesh:AI:TextToSpeech:Voice"] = "nova",
        }), AiCapabilities.TextToSpeech);

        Assert.Equal(("http://tts.local/v1", "tts-1", "secret"), (options.BaseUrl, options.Model, options.ApiKey));
        Assert.Equal(TimeSpan.FromSeconds(12.5), options.Timeout);
        Assert.Equal(1, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(3), options.MaxRetryDelay);
        Assert.Equal("nova", options.Voice);
        Assert.DoesNotContain("secret", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_BadTimeout_NamesTheKey()
    {
        var error = Assert.Throws<FormatException>(() => AiEndpointOptions.FromConfiguration(
            Configuration(new() { ["Mesh:AI:Chat:TimeoutSeconds"] = "soon" }), AiCapabilities.Chat));

        Assert.Contains("Mesh:AI:Chat:TimeoutSeconds", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddMeshAiProviders(Configuration(settings)).BuildServiceProvider();

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
