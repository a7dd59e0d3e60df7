using Mesh.Grains.AI.Http;
using Mesh.Grains.AI.Offline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.AI;

/// <summary>Registers one provider per AI capability: the HTTP one when <c>Mesh:AI:&lt;Capability&gt;</c> is configured, else the offline default.</summary>
public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ISpeechToText"/>, <see cref="IChatCompletion"/>, <see cref="IChatToolCalling"/>, <see cref="ITranslator"/>,
    /// <see cref="ITextToSpeech"/> and <see cref="ILanguageDetector"/>. Uses TryAdd, so a second call or an earlier registration wins.
    /// </summary>
    public static IServiceCollection AddMeshAiProviders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // Read when a provider is first resolved, not now: a host's configuration may still gain sources
        // (test hosts add theirs after the app registered its services).
        AiEndpointOptions Endpoint(string capability) => AiEndpointOptions.FromConfiguration(configuration, capability);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AiHttpClientHolder>();
        services.TryAddSingleton<ILanguageDetector, NGramLanguageDetector>();

        services.TryAddSingleton<ISpeechToText>(provider => Endpoint(AiCapabilities.SpeechToText) is { IsConfigured: true } speechToText
            ? new OpenAiSpeechToText(Http(provider), speechToText, Logger<OpenAiSpeechToText>(provider), Time(provider))
            : new UnconfiguredSpeechToText());
        services.TryAddSingleton<IChatCompletion>(provider => Endpoint(AiCapabilities.Chat) is { IsConfigured: true } chat
            ? new OpenAiChatCompletion(Http(provider), chat, Logger<OpenAiChatCompletion>(provider), Time(provider))
            : new UnconfiguredChatCompletion());

        // Tool calls go to the same chat model; a chat provider registered without tool support counts as none.
        services.TryAddSingleton<IChatToolCalling>(provider =>
            provider.GetRequiredService<IChatCompletion>() as IChatToolCalling ?? new UnconfiguredChatCompletion());
        services.TryAddSingleton<ITranslator>(provider => Endpoint(AiCapabilities.Translation) is { IsConfigured: true } translation
            ? new OpenAiTranslator(Http(provider), translation, Logger<OpenAiTranslator>(provider), Time(provider))
            : new PassThroughTranslator());
        services.TryAddSingleton<ITextToSpeech>(provider => Endpoint(AiCapabilities.TextToSpeech) is { IsConfigured: true } textToSpeech
            ? new OpenAiTextToSpeech(Http(provider), textToSpeech, Logger<OpenAiTextToSpeech>(provider), Time(provider))
            : new EspeakTextToSpeech());
        return services;
    }

    private static HttpClient Http(IServiceProvider provider) => provider.GetRequiredService<AiHttpClientHolder>().Client;

    private static TimeProvider Time(IServiceProvider provider) => provider.GetRequiredService<TimeProvider>();

    private static ILogger<T> Logger<T>(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}
